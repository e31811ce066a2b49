// GANLAB_TR(context, text): marks English text that the window translates (Qt's lupdate is told
// to read it as QT_TRANSLATE_NOOP); in core it is just the text.
#pragma once

#define GANLAB_TR(context, text) text
