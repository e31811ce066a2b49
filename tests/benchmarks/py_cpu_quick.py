#!/usr/bin/python3
"""Python twin of ganlab's `cpu-quick` training step, timed the way bench_presets times it.

The reference that bench_vs_python.sh times ganlab against: the same model and step written as a
PyTorch user would, on PyTorch's stock operators. On ganlab's stock kernels (bench_presets
--kernels stock) the two compute bit-identical checkpoints; ganlab's own kernels compute the same
mathematics in another summation order (tests/core/tst_compute.cpp).

Mirrors (ganlab source files):
  core/config/presets.cpp       cpu-quick: dcgan, nonsaturating, 32 px, latent 64, width 0.5,
                                batch 64, 1 D step, Adam lr 2e-4 betas (0.5, 0.999) eps 1e-8,
                                EMA beta 0.995, no DiffAugment, no regulariser, seed 1
  core/models/dcgan.cpp         G: ConvT(64->128,4,1,0) BN ReLU, ConvT(128->64,4,2,1) BN ReLU,
                                   ConvT(64->32,4,2,1) BN ReLU, ConvT(32->1,4,2,1) Tanh (no biases)
                                D: Conv(1->32,4,2,1) LReLU(.2), Conv(32->64) BN LReLU,
                                   Conv(64->128) BN LReLU, Conv(128->1,4,1,0) (no biases)
                                init: conv N(0,.02), BN weight N(1,.02), BN bias 0
  core/losses/nonsaturating.cpp L_D = softplus(-D(x)).mean() + softplus(D(G(z))).mean() with the
                                D(x), D(G(z)) means read back (.item) for the log;
                                L_G = softplus(-D(G(z))).mean()
  core/train/trainer.cpp        Trainer::step (the timed region, stepMs):
                                  G.train(); D.train()
                                  D step: next real batch (index_select of the uint8 [N,1,32,32]
                                    train set by a seeded per-epoch permutation, ->float /127.5 -1),
                                    fake = G(z) under no_grad, optD.zero_grad, L_D backward,
                                    gradientNorm(D) (per-parameter grad.pow(2).sum().item()),
                                    optD.step
                                  G step: D params requires_grad(False), optG.zero_grad, new z,
                                    L_G backward, gradientNorm(G), optG.step, D params back on
                                  EMA: beta = min(0.995, (1+t)/(10+t)); params lerp_, buffers copy_
  core/util/runtime_tuning.cpp  setComputeThreads: mallopt(M_MMAP_THRESHOLD 32 MiB,
                                M_TRIM_THRESHOLD 512 MiB) then at::set_num_threads(n)
  tests/benchmarks/bench_presets.cpp  1 warm-up step, N timed steps, median = sorted[N/2],
                                images/s = 1000 * batch * critic_steps / median_ms

Not timed by ganlab either (so not here): the health monitor's power iterations every 10 steps
and metrics.jsonl writes, which TrainingRun runs after Trainer::step has stopped its clock.

Real data: a random uint8 tensor of Fashion-MNIST's train-split shape (54000 x 1 x 32 x 32:
60000 train images minus the 10% stratified validation split, resized 28 -> 32 by ganlab's
import) fed exactly as Trainer::nextBatch does, so the batch gather is inside the timed step
as it is in ganlab.

Checked: --check-ckpt compares names/shapes with a ganlab checkpoint (G 295872, D 166784
parameters); verify_twin.py replays one step from a ganlab checkpoint on ganlab's own images and
matches every weight, BN buffer and Adam moment bit for bit.

Kernel notes (torch 1.13): D's fp32 Conv2d runs on oneDNN, G's fp32 ConvTranspose2d on
slow_conv_transpose2d (im2col + OpenBLAS sgemm), in ganlab as here. CPU autocast in 1.13 does
not cast conv_transpose2d, so --bf16 changes D only; --bf16-convt also casts G's ConvTranspose2d.
"""
import argparse
import ctypes
import json
import os
import statistics
import sys
import time

LATENT = 64
BATCH = 64
RES = 32
CHANNELS = 1
CRITIC_STEPS = 1
LR = 2e-4
BETAS = (0.5, 0.999)
EPS = 1e-8
EMA_BETA = 0.995
SEED = 1
TRAIN_IMAGES = 54000
REFERENCE_WIDTH = 64
WIDTH = 0.5


def tune_malloc():
    """ganlab's setComputeThreads allocator tuning (glibc mallopt)."""
    libc = ctypes.CDLL("libc.so.6")
    M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
    ok1 = libc.mallopt(M_MMAP_THRESHOLD, 32 << 20)
    ok2 = libc.mallopt(M_TRIM_THRESHOLD, 512 << 20)
    return bool(ok1) and bool(ok2)


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--steps", type=int, default=20, help="timed steps (bench_presets default 20)")
    p.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                   help="torch intra-op threads (bench_presets default: hardware threads)")
    p.add_argument("--warmup", type=int, default=1, help="untimed warm-up steps (ganlab: 1)")
    p.add_argument("--channels-last", action="store_true",
                   help="models and real batches in channels_last (ganlab: never)")
    p.add_argument("--bf16", action="store_true",
                   help="torch.autocast('cpu', bfloat16) around forward passes (ganlab: never)")
    p.add_argument("--bf16-convt", action="store_true",
                   help="with --bf16, also run G's ConvTranspose2d in bf16 (torch 1.13's CPU "
                        "autocast leaves conv_transpose2d, i.e. all of G, in fp32; later torch "
                        "versions cast it)")
    p.add_argument("--foreach", action="store_true",
                   help="Adam foreach=True (ganlab's C++ Adam is the per-parameter loop)")
    p.add_argument("--no-mallopt", action="store_true",
                   help="skip ganlab's mallopt tuning (ganlab always applies it)")
    p.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    p.add_argument("--check-ckpt", metavar="FILE",
                   help="compare parameter/buffer names and shapes with a ganlab checkpoint "
                        "(checkpoints/step-*.pt of a cpu-quick run) and exit")
    return p.parse_args()


BF16_CONVT = False
if __name__ == "__main__":
    args = parse_args()
    if args.bf16_convt:
        args.bf16 = True
    BF16_CONVT = args.bf16_convt
    malloc_tuned = False if args.no_mallopt else tune_malloc()  # before torch allocates anything

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402


def scaled_width(reference, multiplier):
    return max(8, int(round(reference * multiplier)))


def upsampling_stages(resolution):
    import math
    return int(round(math.log2(resolution))) - 2


def init_dcgan(module):
    with torch.no_grad():
        for m in module.modules():
            if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)):
                m.weight.normal_(0.0, 0.02)
            elif isinstance(m, nn.BatchNorm2d):
                m.weight.normal_(1.0, 0.02)
                m.bias.zero_()


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        stages = upsampling_stages(RES)
        base = scaled_width(REFERENCE_WIDTH, WIDTH)
        ch = base * min(8, 1 << (stages - 1))
        layers = [nn.ConvTranspose2d(LATENT, ch, 4, 1, 0, bias=False), nn.BatchNorm2d(ch),
                  nn.ReLU()]
        for _ in range(1, stages):
            nxt = max(base, ch // 2)
            layers += [nn.ConvTranspose2d(ch, nxt, 4, 2, 1, bias=False), nn.BatchNorm2d(nxt),
                       nn.ReLU()]
            ch = nxt
        layers += [nn.ConvTranspose2d(ch, CHANNELS, 4, 2, 1, bias=False), nn.Tanh()]
        self.body = nn.Sequential(*layers)
        init_dcgan(self)

    def forward(self, z):
        h = z.view(z.size(0), z.size(1), 1, 1)
        if not (BF16_CONVT and torch.is_autocast_cpu_enabled()):
            return self.body(h)
        for m in self.body:  # what autocast would do if conv_transpose2d were on its bf16 list
            if isinstance(m, nn.ConvTranspose2d):
                h = torch.nn.functional.conv_transpose2d(
                    h.to(torch.bfloat16), m.weight.to(torch.bfloat16), None, m.stride,
                    m.padding, m.output_padding, m.groups, m.dilation)
            else:
                h = m(h)
        return h


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        stages = upsampling_stages(RES)
        base = scaled_width(REFERENCE_WIDTH, WIDTH)
        ch = base
        layers = [nn.Conv2d(CHANNELS, ch, 4, 2, 1, bias=False), nn.LeakyReLU(0.2)]
        for _ in range(1, stages):
            nxt = min(ch * 2, base * 8)
            layers += [nn.Conv2d(ch, nxt, 4, 2, 1, bias=False), nn.BatchNorm2d(nxt),
                       nn.LeakyReLU(0.2)]
            ch = nxt
        layers += [nn.Conv2d(ch, 1, 4, 1, 0, bias=False)]
        self.body = nn.Sequential(*layers)
        init_dcgan(self)

    def forward(self, x):
        return self.body(x).view(-1)


def count(module):
    return sum(p.numel() for p in module.parameters())


def check_checkpoint(path, g, d, g_ema):
    """Names/shapes of a ganlab checkpoint's G, D, G_ema against this twin's modules."""
    ck = torch.jit.load(path, map_location="cpu")
    subs = dict(ck.named_children())
    report, ok = {}, True
    for key, mine in (("G", g), ("D", d), ("G_ema", g_ema)):
        if key not in subs:
            report[key] = "absent from checkpoint (children: %s)" % sorted(subs)
            ok = False
            continue
        theirs = subs[key]
        tp = {n: tuple(t.shape) for n, t in theirs.named_parameters()}
        tb = {n: tuple(t.shape) for n, t in theirs.named_buffers()}
        mp = {n: tuple(t.shape) for n, t in mine.named_parameters()}
        mb = {n: tuple(t.shape) for n, t in mine.named_buffers()}
        same = tp == mp and tb == mb
        ok &= same
        report[key] = {
            "ganlab_params": sum(torch.Size(s).numel() for s in tp.values()),
            "python_params": count(mine),
            "ganlab_param_tensors": len(tp), "python_param_tensors": len(mp),
            "ganlab_buffers": len(tb), "python_buffers": len(mb),
            "names_and_shapes_identical": same,
        }
        if not same:
            report[key]["only_ganlab"] = sorted(set(tp.items()) - set(mp.items())) + \
                sorted(set(tb.items()) - set(mb.items()))
            report[key]["only_python"] = sorted(set(mp.items()) - set(tp.items())) + \
                sorted(set(mb.items()) - set(tb.items()))
    attrs = dict(ck.named_buffers(recurse=False))
    attrs.update(dict(ck.named_parameters(recurse=False)))
    if "data_order" in attrs:
        report["ganlab_train_images"] = int(attrs["data_order"].numel())
        report["python_train_images"] = TRAIN_IMAGES
        ok &= report["ganlab_train_images"] in (0, TRAIN_IMAGES)
    print(json.dumps(report, indent=1))
    return ok


def blas_library():
    try:
        with open("/proc/self/maps") as f:
            libs = {line.split()[-1] for line in f if "blas" in line.lower()}
        return sorted(os.path.realpath(x) for x in libs if x.startswith("/"))
    except OSError:
        return []


class Twin:
    """G, D, EMA G, both Adams, the data cursor and m_rng of ganlab's Trainer for cpu-quick."""

    def __init__(self, images=None, channels_last=False, bf16=False, foreach=False):
        torch.manual_seed(SEED)  # ganlab: parameter initialisation from the global generator
        self.g, self.d = Generator(), Discriminator()
        self.g_ema = Generator()
        with torch.no_grad():
            for dst, src in zip(self.g_ema.parameters(), self.g.parameters()):
                dst.copy_(src)
            for dst, src in zip(self.g_ema.buffers(), self.g.buffers()):
                dst.copy_(src)
        for p in self.g_ema.parameters():
            p.requires_grad_(False)
        self.g_ema.eval()
        self.channels_last = channels_last
        if channels_last:
            for m in (self.g, self.d, self.g_ema):
                m.to(memory_format=torch.channels_last)
        self.d_params = list(self.d.parameters())
        self.opt_g = torch.optim.Adam(self.g.parameters(), lr=LR, betas=BETAS, eps=EPS,
                                      foreach=foreach)
        self.opt_d = torch.optim.Adam(self.d_params, lr=LR, betas=BETAS, eps=EPS,
                                      foreach=foreach)
        self.rng = torch.Generator().manual_seed(SEED)  # ganlab: m_rng, seeded CPU generator
        if images is None:  # random pixels of the train split's shape (same compute)
            images = torch.randint(0, 256, (TRAIN_IMAGES, CHANNELS, RES, RES), dtype=torch.uint8,
                                   generator=torch.Generator().manual_seed(12345))
        self.images = images
        self.order, self.cursor, self.step_count = None, 0, 0
        self.amp = bf16
        self.last = {}

    def next_batch(self, b):  # Trainer::nextBatch
        n = self.images.size(0)
        if self.order is None or self.cursor + b > n:
            self.order = torch.randperm(n, generator=self.rng)
            self.cursor = 0
        index = self.order[self.cursor:self.cursor + b]
        self.cursor += b
        real = self.images.index_select(0, index).to(torch.float).div_(127.5).sub_(1.0)
        return real.contiguous(memory_format=torch.channels_last) if self.channels_last else real

    def latent(self, b):  # sampleLatent(b, dim, 0, rng)
        return torch.randn(b, LATENT, generator=self.rng)

    def fwd(self, fn, x):
        if not self.amp:
            return fn(x)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            return fn(x)

    @staticmethod
    def gradient_norm(module):  # ganlab's gradientNorm: one .item() per parameter
        s = 0.0
        for p in module.parameters():
            if p.grad is not None:
                s += p.grad.pow(2).sum().item()
        return s ** 0.5

    def update_ema(self):  # Trainer::updateEma
        t = float(self.step_count)
        beta = min(EMA_BETA, (1.0 + t) / (10.0 + t))
        with torch.no_grad():
            for dst, src in zip(self.g_ema.parameters(), self.g.parameters()):
                dst.lerp_(src, 1.0 - beta)
            for dst, src in zip(self.g_ema.buffers(), self.g.buffers()):
                dst.copy_(src)

    def step(self):
        """Trainer::step for cpu-quick; returns the ms its clock (stepMs) measures."""
        softplus = torch.nn.functional.softplus
        started = time.perf_counter()
        b = BATCH
        g, d = self.g, self.d
        g.train()
        d.train()
        for _ in range(CRITIC_STEPS):
            real = self.next_batch(b)
            with torch.no_grad():
                fake = self.fwd(g, self.latent(b))
            self.opt_d.zero_grad()
            d_real = self.fwd(d, real).float()
            d_fake = self.fwd(d, fake).float()
            loss_d = softplus(-d_real).mean() + softplus(d_fake).mean()
            parts = (d_real.mean().item(), d_fake.mean().item())  # LossTerms.parts
            loss_d.backward()
            grad_norm_d = self.gradient_norm(d)
            self.opt_d.step()
        for p in self.d_params:
            p.requires_grad_(False)
        self.opt_g.zero_grad()
        fake = self.fwd(g, self.latent(b))
        loss_g = softplus(-self.fwd(d, fake).float()).mean()
        loss_g.backward()
        grad_norm_g = self.gradient_norm(g)
        self.opt_g.step()
        for p in self.d_params:
            p.requires_grad_(True)
        self.update_ema()
        self.step_count += 1
        ms = (time.perf_counter() - started) * 1000.0
        self.last = {"loss_d": loss_d.item(), "loss_g": loss_g.item(),  # after the clock
                     "d_real": parts[0], "d_fake": parts[1],
                     "grad_norm_d": grad_norm_d, "grad_norm_g": grad_norm_g}
        return ms


def main():
    torch.set_num_threads(max(1, args.threads))
    threads = torch.get_num_threads()
    if args.check_ckpt:
        t = Twin()
        sys.exit(0 if check_checkpoint(args.check_ckpt, t.g, t.d, t.g_ema) else 1)
    twin = Twin(channels_last=args.channels_last, bf16=args.bf16, foreach=args.foreach)
    for _ in range(args.warmup):
        twin.step()
    ms = sorted(twin.step() for _ in range(args.steps))
    median = ms[len(ms) // 2]  # bench_presets: ms[size/2] of the sorted times
    g, d = twin.g, twin.d
    result = {
        "impl": "python",
        "torch": torch.__version__,
        "threads": threads,
        "steps": args.steps,
        "warmup": args.warmup,
        "channels_last": args.channels_last,
        "bf16": args.bf16,
        "bf16_convt": args.bf16_convt,
        "adam_foreach": args.foreach,
        "mallopt": malloc_tuned,
        "batch": BATCH,
        "critic_steps": CRITIC_STEPS,
        "g_params": count(g),
        "d_params": count(d),
        "median_ms": median,
        "images_per_s": 1000.0 * BATCH * CRITIC_STEPS / median,
        "mean_ms": statistics.fmean(ms),
        "min_ms": ms[0],
        "max_ms": ms[-1],
        "blas": blas_library(),
    }
    if args.json:
        print(json.dumps(result))
        return
    variant = "+".join(v for v, on in (("channels-last", args.channels_last), ("bf16", args.bf16),
                                      ("bf16-convt", args.bf16_convt),
                                      ("foreach", args.foreach)) if on) or "fp32"
    print("python twin (torch %s, %s): threads %d, %d timed steps after %d warm-up step(s), "
          "G %d / D %d params, mallopt %s" % (torch.__version__, variant, threads, args.steps,
                                             args.warmup, result["g_params"], result["d_params"],
                                             "on" if malloc_tuned else "off"))
    print("%-10s %-8s %-14s %5s %5s %7s %10s %10s" % ("preset", "model", "loss", "px", "batch",
                                                    "critic", "ms/step", "images/s"))
    print("%-10s %-8s %-14s %5d %5d %7d %10.1f %10.0f" % ("cpu-quick", "dcgan", "nonsaturating",
                                                       RES, BATCH, CRITIC_STEPS, median,
                                                       result["images_per_s"]))


if __name__ == "__main__":
    main()
