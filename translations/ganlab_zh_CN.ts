<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ganlab::app</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::app::MainWindow</name>
    <message>
        <source>ganlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new run with the configuration on the right (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a checkpoint and end the run (it can be reopened later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image folder (for a zip, IDX or CIFAR file, drop it on the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export sample grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlay another run&apos;s curves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ganlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ganlab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ganlab&lt;/b&gt; %1&lt;br&gt;A desktop lab for training and studying GANs.&lt;br&gt;Ideas from Transferring GANs, AC-GAN, PG-GAN, Projected GANs and BigGAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at step %1 · explore the samples, or Train a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample grid written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset ready: %1 images. Press Train to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay a run&apos;s curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running run keeps its dataset; %1 is for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration is not usable:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 at step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ganlab — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 / %2 · %3 img/s · elapsed %4 · ETA %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped %2 unreadable metrics line(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when ganlab starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::app::PreviewWorker</name>
    <message>
        <source>Nothing to interpolate yet: start or open a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export yet: start or open a run first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::app::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older points are thinned (pairs averaged) beyond this count, per series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when ganlab starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points kept per plot series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::ClassPicker</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes (one row each)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::ConfigPanel</name>
    <message>
        <source>Class-conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam β1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam β2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMA β (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMA β</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed: “%1” is not a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::DatasetDropZone</name>
    <message>
        <source>Drop a dataset here: a folder of images (class subfolders become labels), a .zip, IDX files or a CIFAR batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dataset file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets (*.zip *.gz *-ubyte *.idx *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::DatasetPanel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 images · %4×%4 px · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  … and %1 more (see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) without an image extension were ignored.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not import %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::ExportGridDialog</name>
    <message>
        <source>EMA generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sample grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes (one row each;
none: rows cycle classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Padding (px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::LogPanel</name>
    <message>
        <source>Debug and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::MetricPlot</name>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::PlotPanel</name>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logarithmic value axis (only positive values are drawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit all data and follow new points (or double-click the plot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw another run&apos;s curves over these, dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear overlays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::SampleExplorer</name>
    <message>
        <source>Interpolate A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Train to start on the dataset shown on the left.
Samples from a fixed latent batch (EMA generator) appear here while training runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a sample to enlarge it; Ctrl+click two samples to interpolate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click two samples (A and B) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a different latent batch (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 · seed %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no truncation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMA generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · class %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ganlab::widgets::TruncationSlider</name>
    <message>
        <source>Truncation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redraw every latent component beyond the threshold (BigGAN): lower means cleaner but less varied samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop lab for training and studying GANs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset to train on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing run and continue it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train, save a picture of the window at --screenshot-step, quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step of the picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
