#pragma once

#include <QByteArrayView>
#include <QString>

namespace md::gnb {

// Decoding of G&B feed text, field by field: a brand file is UTF-8 or Windows-1252, and files that were
// edited by hand mix both, so the choice is made per field rather than per file.

// True when every byte is below 0x80.
bool isAscii(QByteArrayView bytes);

// True when bytes are well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF).
bool isValidUtf8(QByteArrayView bytes);

// Windows-1252 → Unicode. 0x80–0x9F use the Windows table (0x80 = €); the five bytes that table leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same value, as WHATWG does.
QString decodeWindows1252(QByteArrayView bytes);

// Unicode → Windows-1252; characters it cannot represent become '?' and clear *ok (when given).
QByteArray encodeWindows1252(QStringView text, bool* ok = nullptr);

// One feed field: ASCII (fast path) or valid UTF-8 decodes as UTF-8, anything else as Windows-1252.
QString decodeFeedText(QByteArrayView bytes);

} // namespace md::gnb
