#include "CVietCiteScan.h"

/* The letter table of `ByteClass` (Sources/VietCite/Tokenization/ByteClass.swift), filled once when the
   library loads. The test "the C letter table agrees with the Swift letter rules" checks every entry against
   `ByteClass.letterFold(rule:)`. */
uint8_t vietcite_letter_folds[0x2000];

/* Letters with no folded form (1): Latin-1, Latin Extended-A/B and IPA, Greek and Cyrillic, Latin Extended
   Additional, and stray combining marks, which stay inside their word. */
static const uint16_t other_letters[][2] = {
    {0xC0, 0xD6}, {0xD8, 0xF6}, {0xF8, 0x24F}, {0x300, 0x36F}, {0x370, 0x3FF}, {0x400, 0x52F}, {0x1E00, 0x1EFF},
};

/* The Vietnamese vowel letters in both cases, each group after the ASCII letter it folds to; and đ, Đ. The stray
   vowels OCR reads for Vietnamese marks fold with the vowel they stand for: `ä`, `å` (the breve of `ă`: `Cän cứ`),
   `ë`, `ę`, `ě`, `ï`, `î`, `ī`, `ö`, `ü`, `ů` (`cüa` for `của`), in both cases. */
static const char *const vietnamese[] = {
    "aàáảãạăằắẳẵặâầấẩẫậAÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬäÄåÅ", "eèéẻẽẹêềếểễệEÈÉẺẼẸÊỀẾỂỄỆëËęĘěĚ", "iìíỉĩịIÌÍỈĨỊïÏîÎīĪ",
    "oòóỏõọôồốổỗộơờớởỡợOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢöÖ", "uùúủũụưừứửữựUÙÚỦŨỤƯỪỨỬỮỰüÜůŮ", "yỳýỷỹỵYỲÝỶỸỴ", "dđĐ",
};

__attribute__((constructor)) static void fill_letter_folds(void) {
    for (unsigned range = 0; range < sizeof other_letters / sizeof other_letters[0]; range++) {
        for (unsigned scalar = other_letters[range][0]; scalar <= other_letters[range][1]; scalar++) {
            vietcite_letter_folds[scalar] = 1;
        }
    }
    for (unsigned byte = 'A'; byte <= 'Z'; byte++) vietcite_letter_folds[byte] = (uint8_t)(byte | 0x20);
    for (unsigned byte = 'a'; byte <= 'z'; byte++) vietcite_letter_folds[byte] = (uint8_t)byte;
    for (unsigned group = 0; group < sizeof vietnamese / sizeof vietnamese[0]; group++) {
        const unsigned char *letter = (const unsigned char *)vietnamese[group];
        uint8_t fold = letter[0];
        while (*letter) {
            unsigned scalar;
            if (letter[0] < 0x80) {
                scalar = letter[0];
                letter += 1;
            } else if (letter[0] < 0xE0) {
                scalar = (unsigned)(letter[0] & 0x1F) << 6 | (letter[1] & 0x3F);
                letter += 2;
            } else {
                scalar = (unsigned)(letter[0] & 0x0F) << 12 | (unsigned)(letter[1] & 0x3F) << 6 | (letter[2] & 0x3F);
                letter += 3;
            }
            if (scalar < 0x2000) vietcite_letter_folds[scalar] = fold;
        }
    }
}
