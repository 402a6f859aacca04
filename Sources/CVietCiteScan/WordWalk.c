#include "CVietCiteScan.h"

/* The word walks of the matcher, which read a few words around every mention. Each answers exactly as the Swift
   rules of `Tokenizer` and `ByteClass` (a letter is `vietcite_letter_folds[scalar] != 0` below U+2000, kana to CJK
   and Hangul syllables above; ill-formed bytes are no letter), which the tests compare them with. */

/* The fold of the non-ASCII scalar that starts at `index` (0 when it is no letter or the bytes are ill-formed; 1 for a
   letter with no folded form), with its length in `*length`. */
static inline uint8_t letter_at(const uint8_t *p, size_t index, size_t count, size_t *length) {
    uint8_t b0 = p[index];
    /* Half of a Vietnamese text's letters are in U+1EA0…U+1EF9 (`E1 BA xx`, `E1 BB xx`): read them without the
       general decoding's range tests. */
    if (b0 == 0xE1 && index + 2 < count && (p[index + 1] & 0xFE) == 0xBA && (p[index + 2] & 0xC0) == 0x80) {
        *length = 3;
        return vietcite_letter_folds[0x1E80 | (uint32_t)(p[index + 1] & 1) << 6 | (p[index + 2] & 0x3F)];
    }
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (index + 1 >= count || (p[index + 1] & 0xC0) != 0x80) return 0;
        *length = 2;
        return vietcite_letter_folds[(uint32_t)(b0 & 0x1F) << 6 | (p[index + 1] & 0x3F)];
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (index + 2 >= count) return 0;
        uint8_t b1 = p[index + 1], b2 = p[index + 2];
        uint8_t lower = b0 == 0xE0 ? 0xA0 : 0x80, upper = b0 == 0xED ? 0x9F : 0xBF;
        if (b1 < lower || b1 > upper || (b2 & 0xC0) != 0x80) return 0;
        uint32_t scalar = (uint32_t)(b0 & 0x0F) << 12 | (uint32_t)(b1 & 0x3F) << 6 | (b2 & 0x3F);
        *length = 3;
        if (scalar < 0x2000) return vietcite_letter_folds[scalar];
        return (scalar >= 0x3040 && scalar <= 0x9FFF) || (scalar >= 0xAC00 && scalar <= 0xD7AF);
    }
    /* Four-byte scalars (from U+10000) are no letter; nor is anything else. */
    return 0;
}

/* The start of the scalar that ends just before `index` (> 0): at most three continuation bytes back, as
   `UTF8Decoding.previousStart`. */
static inline size_t previous_start(const uint8_t *p, size_t index) {
    size_t previous = index - 1;
    while (previous > 0 && previous + 4 > index && (p[previous] & 0xC0) == 0x80) previous -= 1;
    return previous;
}

/* For each byte: its folded letter for an ASCII letter, 1 for a digit, else 0 (every byte from 0x80 on). One load
   per ASCII byte, where two range tests cost about twelve instructions. */
static const uint8_t ascii_word_bytes[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 'a', ['B'] = 'b', ['C'] = 'c', ['D'] = 'd', ['E'] = 'e', ['F'] = 'f', ['G'] = 'g', ['H'] = 'h', ['I'] = 'i',
    ['J'] = 'j', ['K'] = 'k', ['L'] = 'l', ['M'] = 'm', ['N'] = 'n', ['O'] = 'o', ['P'] = 'p', ['Q'] = 'q', ['R'] = 'r',
    ['S'] = 's', ['T'] = 't', ['U'] = 'u', ['V'] = 'v', ['W'] = 'w', ['X'] = 'x', ['Y'] = 'y', ['Z'] = 'z',
    ['a'] = 'a', ['b'] = 'b', ['c'] = 'c', ['d'] = 'd', ['e'] = 'e', ['f'] = 'f', ['g'] = 'g', ['h'] = 'h', ['i'] = 'i',
    ['j'] = 'j', ['k'] = 'k', ['l'] = 'l', ['m'] = 'm', ['n'] = 'n', ['o'] = 'o', ['p'] = 'p', ['q'] = 'q', ['r'] = 'r',
    ['s'] = 's', ['t'] = 't', ['u'] = 'u', ['v'] = 'v', ['w'] = 'w', ['x'] = 'x', ['y'] = 'y', ['z'] = 'z',
};

size_t vietcite_word_end(const uint8_t *p, size_t index, size_t count) {
    for (;;) {
        while (index < count && ascii_word_bytes[p[index]] != 0) index += 1;
        if (index >= count || p[index] < 0x80) return index;
        size_t length;
        if (letter_at(p, index, count, &length) == 0) return index;
        index += length;
    }
}

size_t vietcite_word_end_key(const uint8_t *p, size_t start, size_t limit, size_t count, uint64_t *key) {
    uint64_t folded_key = 0;
    size_t letters = 0;
    int valid = 1;
    size_t index = start;
    while (index < limit) {
        uint8_t byte = p[index];
        uint8_t fold;
        if (byte < 0x80) {
            fold = ascii_word_bytes[byte];
            if (fold == 0) break;
            index += 1;
        } else {
            size_t length;
            fold = letter_at(p, index, count, &length);
            if (fold == 0) break;
            index += length;
        }
        /* A digit (1 here) or a letter with no folded form (1 from the table) makes the word keyless. */
        if (fold == 1) valid = 0;
        folded_key = folded_key << 8 | fold;
        letters += 1;
    }
    *key = valid && letters <= 8 ? folded_key : 0;
    return index;
}

size_t vietcite_word_start_before(const uint8_t *p, size_t start, size_t count, int *saw_digit) {
    while (start > 0) {
        size_t previous = previous_start(p, start);
        uint8_t byte = p[previous];
        if (byte < 0x80) {
            uint8_t fold = ascii_word_bytes[byte];
            if (fold == 0) break;
            if (fold == 1) *saw_digit = 1;
        } else {
            size_t length;
            if (letter_at(p, previous, count, &length) == 0) break;
        }
        start = previous;
    }
    return start;
}

/* True when a letter starts at `index`. */
static inline int opens_word(const uint8_t *p, size_t index, size_t count) {
    uint8_t byte = p[index];
    if (byte < 0x80) return ascii_word_bytes[byte] > 1;
    size_t length;
    return letter_at(p, index, count, &length) != 0;
}

int vietcite_is_word_start(const uint8_t *p, size_t index, size_t count) { return opens_word(p, index, count); }

size_t vietcite_next_keyed_word(const uint8_t *p, size_t start, size_t limit, size_t count, const uint64_t *keys,
                                size_t slots, unsigned shift, size_t *end, uint64_t *key) {
    size_t cursor = start;
    while (cursor < limit) {
        /* Digits and other bytes open no word; a digit glued before letters is passed one byte at a time. */
        if (!opens_word(p, cursor, count)) {
            cursor += 1;
            continue;
        }
        uint64_t word_key;
        size_t word_end = vietcite_word_end_key(p, cursor, limit, count, &word_key);
        if (word_key != 0) {
            size_t slot = (size_t)((word_key * 0x9E3779B97F4A7C15ull) >> shift);
            for (;;) {
                uint64_t stored = keys[slot];
                if (stored == word_key) {
                    *end = word_end;
                    *key = word_key;
                    return cursor;
                }
                if (stored == 0) break;
                slot = (slot + 1) & (slots - 1);
            }
        }
        cursor = word_end;
    }
    return limit;
}

size_t vietcite_fold_back(const uint8_t *p, size_t cursor, size_t count, uint8_t *letters, size_t *starts,
                          size_t collected, size_t limit) {
    while (cursor > 0 && collected < limit) {
        size_t previous = previous_start(p, cursor);
        uint8_t byte = p[previous];
        if (byte == ' ' || byte == '\n') {
            /* Up to four spaces, or one line break (LF or CR LF), inside the word; not a line break before its last
               letter. */
            if (byte == '\n' && collected == 0) break;
            size_t run_start = previous;
            while (byte == ' ' && run_start > 0 && p[run_start - 1] == ' ' && previous - run_start < 3) run_start -= 1;
            /* A Windows line break, CR LF, is one line break. */
            if (byte == '\n' && run_start > 0 && p[run_start - 1] == '\r') run_start -= 1;
            if (run_start > 0 && (p[run_start - 1] == ' ' || p[run_start - 1] == '\n')) break;
            cursor = run_start;
            continue;
        }
        uint8_t fold;
        if (byte < 0x80) {
            fold = ascii_word_bytes[byte];
        } else {
            size_t length;
            fold = letter_at(p, previous, count, &length);
        }
        if (fold <= 1) break;
        letters[collected] = fold;
        starts[collected] = previous;
        collected += 1;
        cursor = previous;
    }
    return collected;
}
