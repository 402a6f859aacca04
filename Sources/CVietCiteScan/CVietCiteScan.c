#define _GNU_SOURCE
#include "CVietCiteScan.h"
#include <string.h>

size_t vietcite_find_byte(const uint8_t *bytes, size_t start, size_t end, uint8_t byte) {
    if (start >= end) return end;
    const uint8_t *found = memchr(bytes + start, byte, end - start);
    return found ? (size_t)(found - bytes) : end;
}

size_t vietcite_find_bytes(const uint8_t *bytes, size_t start, size_t end, const uint8_t *needle, size_t length) {
    if (start >= end || end - start < length) return end;
    const uint8_t *found = memmem(bytes + start, end - start, needle, length);
    return found ? (size_t)(found - bytes) : end;
}

/* The letters around an `e` or `ê` (C3 AA, C3 8A) at `index` after `l`, `y` or `i` that the vectors found: `quy`
   before and `t` after (`quyết` whose tone OCR lost, `quyet`), `hi` before and `n` after (`hiến`, `Hien`), or `l` and
   then `nh` or no letter (`lệnh`, `lệ`). What the vectors let through and this turns down (`lên`, `Lê`) costs no
   return: the scan runs on. */
static inline int is_unmarked_anchor(const uint8_t *bytes, size_t index, size_t count) {
    int hat = bytes[index] == 0xC3;
    if (hat && (index + 1 >= count || (bytes[index + 1] & 0xDF) != 0x8A)) return 0;
    size_t end = hat ? index + 2 : index + 1;
    uint8_t next = end < count ? bytes[end] : 0x20;
    if ((bytes[index - 1] | 0x20) == 'y') {
        return index >= 3 && (bytes[index - 3] | 0x20) == 'q' && (bytes[index - 2] | 0x20) == 'u'
            && (next | 0x20) == 't';
    }
    if ((bytes[index - 1] | 0x20) == 'i') {
        return index >= 2 && (bytes[index - 2] | 0x20) == 'h' && (next | 0x20) == 'n';
    }
    if ((next | 0x20) == 'n') return end + 1 < count && (bytes[end + 1] | 0x20) == 'h';
    int letter = ((next | 0x20) >= 'a' && (next | 0x20) <= 'z') || (next >= '0' && next <= '9');
    return !letter && (next < 0x80 || next == 0xC2 || next == 0xE2);
}

/* One byte of `vietcite_next_anchor` (`unmarked` 0) or `vietcite_next_anchor_unmarked` (1), without vectors. */
static inline int is_anchor(const uint8_t *bytes, size_t index, size_t count, int unmarked) {
    uint8_t byte = bytes[index];
    if (byte >= 0x30 && byte <= 0x39) return 1;
    if ((byte | 0x20) == 'u') return index > 0 && (bytes[index - 1] | 0x20) == 'l';
    /* `e` or `ê` (C3 AA, C3 8A) after `l`, `quy` or `hi`: `lệnh`, `lệ`, `quyết`, `hiến` as OCR or plain text write
       them. */
    if (unmarked && ((byte | 0x20) == 'e' || byte == 0xC3)) {
        if (index == 0) return 0;
        uint8_t before = bytes[index - 1] | 0x20;
        int quy = before == 'y' && index >= 3 && (bytes[index - 2] | 0x20) == 'u' && (bytes[index - 3] | 0x20) == 'q';
        int hi = before == 'i' && index >= 2 && (bytes[index - 2] | 0x20) == 'h';
        return (before == 'l' || quy || hi) && is_unmarked_anchor(bytes, index, count);
    }
    if (byte == 0xC4 && index > 0 && index + 1 < count) {
        return (bytes[index + 1] & 0xFE) == 0xA8 && (bytes[index - 1] | 0x20) == 'l';
    }
    if (byte != 0xE1 || index == 0 || index + 2 >= count) return 0;
    uint8_t second = bytes[index + 1], third = bytes[index + 2] & 0xFE, before = bytes[index - 1] | 0x20;
    if (second == 0xBA) return third == 0xBE && (before == 'y' || before == 'i');
    if (second == 0xBB) return third == 0x86 && before == 'l';
    return 0;
}

static size_t next_anchor_bytes(const uint8_t *bytes, size_t start, size_t end, size_t count, int unmarked) {
    size_t index = start;
    while (index < end && !is_anchor(bytes, index, count, unmarked)) index++;
    return index;
}

#if defined(__SSE2__)
#include <emmintrin.h>

int vietcite_scan_has_vectors(void) { return 1; }

static inline __m128i at_least(__m128i v, uint8_t bound) {
    __m128i b = _mm_set1_epi8((char)bound);
    return _mm_cmpeq_epi8(_mm_max_epu8(v, b), v);
}

static inline __m128i at_most(__m128i v, uint8_t bound) {
    __m128i b = _mm_set1_epi8((char)bound);
    return _mm_cmpeq_epi8(_mm_min_epu8(v, b), v);
}

static inline __m128i equal(__m128i v, uint8_t byte) { return _mm_cmpeq_epi8(v, _mm_set1_epi8((char)byte)); }

/* The SSE2 loop from `index` on; `start` is where the whole scan began (see the header). */
static size_t scan_clean_sse2(const uint8_t *bytes, size_t start, size_t index, size_t count) {
    while (index + 16 <= count) {
        __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index));
        int high = _mm_movemask_epi8(block);
        int first = index == start;
        if (high == 0 && (first || (bytes[index - 1] < 0xC0 && bytes[index - 2] < 0xE0))) {
            index += 16;
            continue;
        }
        __m128i previous = _mm_loadu_si128((const __m128i *)(bytes + index - 1));
        __m128i before_previous = _mm_loadu_si128((const __m128i *)(bytes + index - 2));
        __m128i continuation = equal(_mm_and_si128(block, _mm_set1_epi8((char)0xC0)), 0x80);
        int expected = _mm_movemask_epi8(_mm_or_si128(at_least(previous, 0xC0), at_least(before_previous, 0xE0)));
        if (first) expected &= ~0x3;  /* what stands before `start` expects nothing of this block */
        if (first) expected |= _mm_movemask_epi8(at_least(previous, 0xC0)) & 0x2;
        __m128i kept_lead = _mm_or_si128(_mm_and_si128(at_least(block, 0xC3), at_most(block, 0xC8)),
                                         _mm_or_si128(equal(block, 0xE1), equal(block, 0xE2)));
        int known = _mm_movemask_epi8(_mm_or_si128(continuation, kept_lead));
        /* E2 80 96…A7 (U+2016–U+2027: quotes, bullet, ellipsis) is kept; any other E2 sequence is not. */
        __m128i kept_punctuation = _mm_and_si128(equal(previous, 0x80),
                                                 at_most(_mm_sub_epi8(block, _mm_set1_epi8((char)0x96)), 0x11));
        __m128i changed = _mm_or_si128(
            _mm_or_si128(_mm_andnot_si128(equal(_mm_and_si128(block, _mm_set1_epi8((char)0xFC)), 0xB8),
                                          equal(previous, 0xE1)),
                         _mm_andnot_si128(kept_punctuation, equal(before_previous, 0xE2))),
            _mm_or_si128(_mm_and_si128(equal(previous, 0xC3), equal(_mm_and_si128(block, _mm_set1_epi8((char)0xDF)), 0x90)),
                         _mm_or_si128(_mm_and_si128(equal(previous, 0xC6), equal(block, 0x89)),
                                      _mm_and_si128(equal(previous, 0xC7),
                                                    _mm_or_si128(equal(block, 0x8D), equal(block, 0x8E))))));
        int bad = (high & ~known) | (_mm_movemask_epi8(continuation) ^ expected) | _mm_movemask_epi8(changed);
        if (bad != 0) return index + (size_t)__builtin_ctz((unsigned)bad);
        index += 16;
    }
    return index;
}


/* The first anchor of a block at `index`: the first of `others`' bits, or of `plain`'s (an `e` or `ê` after `l`, `quy`
   or `hi`) that `is_unmarked_anchor` keeps; SIZE_MAX when there is none. */
static inline size_t first_anchor(const uint8_t *bytes, size_t index, size_t count, unsigned others, unsigned plain) {
    unsigned candidates = others | plain;
    while (candidates != 0) {
        unsigned bit = (unsigned)__builtin_ctz(candidates);
        if ((others >> bit & 1) || is_unmarked_anchor(bytes, index + bit, count)) return index + bit;
        candidates &= candidates - 1;
    }
    return SIZE_MAX;
}

/* The SSE2 loop from `index` (at least 3) on. Each block reads three bytes before it and two after it. Inlined
   into one function for each `unmarked`, so that the default scan computes nothing for it. */
__attribute__((always_inline))
static inline size_t next_anchor_sse2_loop(const uint8_t *bytes, size_t index, size_t count, int unmarked) {
    while (index + 18 <= count) {
        __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index));
        __m128i digit = at_most(_mm_sub_epi8(block, _mm_set1_epi8('0')), 9);
        __m128i lead = equal(block, 0xE1);
        __m128i lead_c4 = equal(block, 0xC4);
        __m128i low = _mm_or_si128(block, _mm_set1_epi8(0x20));
        __m128i u = equal(low, 'u');
        __m128i e = unmarked ? _mm_or_si128(equal(low, 'e'), equal(block, 0xC3)) : _mm_setzero_si128();
        int candidates = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, lead), _mm_or_si128(lead_c4,
                                                                                                _mm_or_si128(u, e))));
        if (candidates == 0) {
            index += 16;
            continue;
        }
        __m128i second = _mm_loadu_si128((const __m128i *)(bytes + index + 1));
        __m128i third = _mm_and_si128(_mm_loadu_si128((const __m128i *)(bytes + index + 2)), _mm_set1_epi8((char)0xFE));
        __m128i before = _mm_or_si128(_mm_loadu_si128((const __m128i *)(bytes + index - 1)), _mm_set1_epi8(0x20));
        __m128i after_l = equal(before, 'l');
        __m128i after_y = equal(before, 'y');
        __m128i y_or_i = _mm_or_si128(after_y, equal(before, 'i'));
        /* `e` or `ê` after `l`, `quy` or `hi`; `is_unmarked_anchor` reads the letters after it. */
        __m128i plain = _mm_setzero_si128();
        if (unmarked) {
            __m128i hat = _mm_and_si128(equal(block, 0xC3),
                                        equal(_mm_and_si128(second, _mm_set1_epi8((char)0xDF)), 0x8A));
            __m128i two = _mm_or_si128(_mm_loadu_si128((const __m128i *)(bytes + index - 2)), _mm_set1_epi8(0x20));
            __m128i quy = _mm_and_si128(after_y, _mm_and_si128(equal(two, 'u'),
                equal(_mm_or_si128(_mm_loadu_si128((const __m128i *)(bytes + index - 3)), _mm_set1_epi8(0x20)), 'q')));
            __m128i hi = _mm_and_si128(equal(before, 'i'), equal(two, 'h'));
            plain = _mm_and_si128(_mm_or_si128(equal(low, 'e'), hat), _mm_or_si128(after_l, _mm_or_si128(quy, hi)));
        }
        __m128i ba = _mm_and_si128(equal(second, 0xBA), _mm_and_si128(equal(third, 0xBE), y_or_i));
        __m128i bb = _mm_and_si128(equal(second, 0xBB), _mm_and_si128(equal(third, 0x86), after_l));
        __m128i li = _mm_and_si128(lead_c4, _mm_and_si128(equal(_mm_and_si128(second, _mm_set1_epi8((char)0xFE)), 0xA8),
                                                          after_l));
        unsigned others = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(digit, _mm_or_si128(li, _mm_and_si128(u, after_l))),
            _mm_and_si128(lead, _mm_or_si128(ba, bb))));
        size_t found = unmarked ? first_anchor(bytes, index, count, others, (unsigned)_mm_movemask_epi8(plain))
                                : others != 0 ? index + (size_t)__builtin_ctz(others) : SIZE_MAX;
        if (found != SIZE_MAX) return found;
        index += 16;
    }
    return next_anchor_bytes(bytes, index, count, count, unmarked);
}

static size_t next_anchor_sse2(const uint8_t *bytes, size_t index, size_t count) {
    return next_anchor_sse2_loop(bytes, index, count, 0);
}

static size_t next_anchor_unmarked_sse2(const uint8_t *bytes, size_t index, size_t count) {
    return next_anchor_sse2_loop(bytes, index, count, 1);
}


/* The same tests, thirty-two bytes at a time, where the CPU has AVX2 (chosen once, when the library loads).
   Each stops at the first 32-byte block that fails and leaves the rest to the SSE2 loop, so the answers are
   those of the SSE2 loops exactly. */
#include <immintrin.h>

/* 2 when the AVX2 loops run, 1 for SSE2 only, 0 for the byte loops (see `vietcite_scan_set_level`). */
static int cpu_level = 1;
static int level = 1;

__attribute__((constructor)) static void detect_avx2(void) {
    __builtin_cpu_init();
    cpu_level = __builtin_cpu_supports("avx2") ? 2 : 1;
    level = cpu_level;
}

int vietcite_scan_level(void) { return __atomic_load_n(&level, __ATOMIC_RELAXED); }

int vietcite_scan_set_level(int requested) {
    int chosen = requested < 0 ? 0 : requested > cpu_level ? cpu_level : requested;
    __atomic_store_n(&level, chosen, __ATOMIC_RELAXED);
    return chosen;
}

#define AVX2 __attribute__((target("avx2")))

AVX2 static inline __m256i at_least_256(__m256i v, uint8_t bound) {
    return _mm256_cmpeq_epi8(_mm256_max_epu8(v, _mm256_set1_epi8((char)bound)), v);
}

AVX2 static inline __m256i at_most_256(__m256i v, uint8_t bound) {
    return _mm256_cmpeq_epi8(_mm256_min_epu8(v, _mm256_set1_epi8((char)bound)), v);
}

AVX2 static inline __m256i equal_256(__m256i v, uint8_t byte) {
    return _mm256_cmpeq_epi8(v, _mm256_set1_epi8((char)byte));
}

/* The exact test of one 32-byte block of the clean-text scan (the SSE2 loop's, thirty-two bytes wide): a bit for
   each byte where the text stops being clean. `first` when the block opens the scan: what stands before `start`
   expects nothing of it. */
AVX2 static inline unsigned clean_block_errors_avx2(const uint8_t *bytes, size_t index, int first) {
    __m256i block = _mm256_loadu_si256((const __m256i *)(bytes + index));
    __m256i previous = _mm256_loadu_si256((const __m256i *)(bytes + index - 1));
    __m256i before_previous = _mm256_loadu_si256((const __m256i *)(bytes + index - 2));
    unsigned high = (unsigned)_mm256_movemask_epi8(block);
    __m256i continuation = equal_256(_mm256_and_si256(block, _mm256_set1_epi8((char)0xC0)), 0x80);
    unsigned expected = (unsigned)_mm256_movemask_epi8(
        _mm256_or_si256(at_least_256(previous, 0xC0), at_least_256(before_previous, 0xE0)));
    if (first) expected &= ~0x3u;
    if (first) expected |= (unsigned)_mm256_movemask_epi8(at_least_256(previous, 0xC0)) & 0x2u;
    __m256i kept_lead = _mm256_or_si256(_mm256_and_si256(at_least_256(block, 0xC3), at_most_256(block, 0xC8)),
                                        _mm256_or_si256(equal_256(block, 0xE1), equal_256(block, 0xE2)));
    unsigned known = (unsigned)_mm256_movemask_epi8(_mm256_or_si256(continuation, kept_lead));
    __m256i kept_punctuation = _mm256_and_si256(
        equal_256(previous, 0x80), at_most_256(_mm256_sub_epi8(block, _mm256_set1_epi8((char)0x96)), 0x11));
    __m256i changed = _mm256_or_si256(
        _mm256_or_si256(_mm256_andnot_si256(equal_256(_mm256_and_si256(block, _mm256_set1_epi8((char)0xFC)), 0xB8),
                                            equal_256(previous, 0xE1)),
                        _mm256_andnot_si256(kept_punctuation, equal_256(before_previous, 0xE2))),
        _mm256_or_si256(
            _mm256_and_si256(equal_256(previous, 0xC3),
                             equal_256(_mm256_and_si256(block, _mm256_set1_epi8((char)0xDF)), 0x90)),
            _mm256_or_si256(_mm256_and_si256(equal_256(previous, 0xC6), equal_256(block, 0x89)),
                            _mm256_and_si256(equal_256(previous, 0xC7),
                                             _mm256_or_si256(equal_256(block, 0x8D), equal_256(block, 0x8E))))));
    return (high & ~known) | ((unsigned)_mm256_movemask_epi8(continuation) ^ expected)
        | (unsigned)_mm256_movemask_epi8(changed);
}

/* The nibble tables of the pre-test below, a bit per kind of pair (byte before → byte) it flags:
     bit 0  a lead (C0–FF) → not a continuation      bit 4  E1 → not Bx
     bit 1  ASCII → a continuation                    bit 5  E1 → Bx but not B8–BB
     bit 2  C3 → 90 or B0 (Ð ð)                        bit 6  E2 → anything (its third byte is for the exact test)
     bit 3  C6 or C7 → 89, 8D or 8E (Ɖ Ǎ ǎ)            bit 7  a continuation → a continuation
   A pair is flagged for a bit when the bit is set in all four: the tables of the byte before's high and low nibbles,
   and of the byte's. */
static const uint8_t before_high_bits[16] = {0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02, 0x02,
                                             0x80, 0x80, 0x80, 0x80, 0x0D, 0x01, 0x71, 0x01};
static const uint8_t before_low_bits[16] = {0x83, 0xB3, 0xC3, 0x87, 0x83, 0x83, 0x8B, 0x8B,
                                            0x83, 0x83, 0x83, 0x83, 0x83, 0x83, 0x83, 0x83};
static const uint8_t byte_high_bits[16] = {0x51, 0x51, 0x51, 0x51, 0x51, 0x51, 0x51, 0x51,
                                           0xDA, 0xD6, 0xD2, 0xE6, 0x51, 0x51, 0x51, 0x51};
static const uint8_t byte_low_bits[16] = {0xF7, 0xF3, 0xF3, 0xF3, 0xF3, 0xF3, 0xF3, 0xF3,
                                          0xD3, 0xDB, 0xD3, 0xD3, 0xF3, 0xFB, 0xFB, 0xF3};
/* A lead the scan does not keep (C0–C2, C9–DF, E0, E3–FF), by the byte alone: bit 0 for C0–C2 and C9–CF, bit 1
   for Dx and Fx, bit 2 for E0 and E3–EF. */
static const uint8_t unkept_high_bits[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 2};
static const uint8_t unkept_low_bits[16] = {7, 3, 3, 6, 6, 6, 6, 6, 6, 7, 7, 7, 7, 7, 7, 7};

/* `table[nibble]` for each byte of `nibbles` (each 0–15). */
AVX2 static inline __m256i lookup_256(const uint8_t table[16], __m256i nibbles) {
    return _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_loadu_si128((const __m128i *)table)), nibbles);
}

/* The pre-test of a block after the first: nonzero wherever the exact test could find an error, and perhaps
   elsewhere (the exact test then decides). As simdjson validates UTF-8: the pairs of the tables above, with bit 7
   flipped where the byte two before is a three-byte lead (E0–FF: a continuation after a continuation is then
   expected, and any other byte an error), and the leads not kept. About half the instructions of the exact test;
   on Vietnamese text, where nearly every block holds a letter above ASCII, it is the scan's usual path. */
AVX2 static int clean_block_may_err_avx2(__m256i block, __m256i previous, __m256i before_previous) {
    const __m256i low_nibble = _mm256_set1_epi8(0x0F);
    __m256i high = _mm256_and_si256(_mm256_srli_epi16(block, 4), low_nibble);
    __m256i low = _mm256_and_si256(block, low_nibble);
    __m256i pairs = _mm256_and_si256(
        _mm256_and_si256(lookup_256(before_high_bits, _mm256_and_si256(_mm256_srli_epi16(previous, 4), low_nibble)),
                         lookup_256(before_low_bits, _mm256_and_si256(previous, low_nibble))),
        _mm256_and_si256(lookup_256(byte_high_bits, high), lookup_256(byte_low_bits, low)));
    __m256i third_expected = _mm256_and_si256(_mm256_subs_epu8(before_previous, _mm256_set1_epi8(0x60)),
                                              _mm256_set1_epi8((char)0x80));
    __m256i unkept_lead = _mm256_and_si256(lookup_256(unkept_high_bits, high), lookup_256(unkept_low_bits, low));
    __m256i flagged = _mm256_or_si256(_mm256_xor_si256(pairs, third_expected), unkept_lead);
    return !_mm256_testz_si256(flagged, flagged);
}

/* The exact test of a block after the first, out of line, so that its constants do not hold registers in the
   scan's loop. */
AVX2 __attribute__((noinline)) static unsigned later_block_errors_avx2(const uint8_t *bytes, size_t index) {
    return clean_block_errors_avx2(bytes, index, 0);
}

AVX2 static size_t scan_clean_avx2(const uint8_t *bytes, size_t start, size_t count, int *found) {
    size_t index = start;
    if (index + 32 > count) return index;
    /* The first block takes the exact test (what stands before `start` expects nothing of it), unless it is ASCII. */
    unsigned high = (unsigned)_mm256_movemask_epi8(_mm256_loadu_si256((const __m256i *)(bytes + index)));
    unsigned bad = high == 0 ? 0 : clean_block_errors_avx2(bytes, index, 1);
    if (bad != 0) {
        *found = 1;
        return index + (size_t)__builtin_ctz(bad);
    }
    /* A block after one whose E2 sequence ends in it takes the exact test at once: the pre-test does not see that
       sequence's third byte (bit 6 flags the byte after an E2). */
    int exact = bytes[index + 30] == 0xE2;
    index += 32;
    while (index + 32 <= count) {
        __m256i block = _mm256_loadu_si256((const __m256i *)(bytes + index));
        high = (unsigned)_mm256_movemask_epi8(block);
        if (high == 0 && bytes[index - 1] < 0xC0 && bytes[index - 2] < 0xE0) {
            index += 32;
            exact = 0;
            continue;
        }
        if (!exact && !clean_block_may_err_avx2(block, _mm256_loadu_si256((const __m256i *)(bytes + index - 1)),
                                                _mm256_loadu_si256((const __m256i *)(bytes + index - 2)))) {
            index += 32;
            continue;
        }
        bad = later_block_errors_avx2(bytes, index);
        if (bad != 0) {
            *found = 1;
            return index + (size_t)__builtin_ctz(bad);
        }
        exact = bytes[index + 30] == 0xE2;
        index += 32;
    }
    return index;
}

/* The first anchor in the whole 32-byte blocks from `index` on (`*found` = 1), else where those blocks end. Every
   block is tested whole, without a first test for digits and lead bytes: in Vietnamese nearly every block has an
   `E1` lead, so such a test rarely lets one pass and only adds its own cost. */
AVX2 __attribute__((always_inline))
static inline size_t next_anchor_avx2_loop(const uint8_t *bytes, size_t index, size_t count, int *found, int unmarked) {
    while (index + 34 <= count) {
        __m256i block = _mm256_loadu_si256((const __m256i *)(bytes + index));
        __m256i second = _mm256_loadu_si256((const __m256i *)(bytes + index + 1));
        __m256i third = _mm256_and_si256(_mm256_loadu_si256((const __m256i *)(bytes + index + 2)),
                                         _mm256_set1_epi8((char)0xFE));
        __m256i before = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(bytes + index - 1)),
                                         _mm256_set1_epi8(0x20));
        __m256i digit = at_most_256(_mm256_sub_epi8(block, _mm256_set1_epi8('0')), 9);
        __m256i after_l = equal_256(before, 'l');
        __m256i after_y = equal_256(before, 'y');
        __m256i low = _mm256_or_si256(block, _mm256_set1_epi8(0x20));
        __m256i ba = _mm256_and_si256(equal_256(second, 0xBA), _mm256_and_si256(
            equal_256(third, 0xBE), _mm256_or_si256(after_y, equal_256(before, 'i'))));
        /* `e` or `ê` after `l`, `quy` or `hi`; `is_unmarked_anchor` reads the letters after it. */
        __m256i plain = _mm256_setzero_si256();
        if (unmarked) {
            __m256i hat = _mm256_and_si256(equal_256(block, 0xC3),
                                           equal_256(_mm256_and_si256(second, _mm256_set1_epi8((char)0xDF)), 0x8A));
            __m256i two = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(bytes + index - 2)),
                                          _mm256_set1_epi8(0x20));
            __m256i quy = _mm256_and_si256(after_y, _mm256_and_si256(equal_256(two, 'u'),
                equal_256(_mm256_or_si256(_mm256_loadu_si256((const __m256i *)(bytes + index - 3)),
                                          _mm256_set1_epi8(0x20)), 'q')));
            __m256i hi = _mm256_and_si256(equal_256(before, 'i'), equal_256(two, 'h'));
            plain = _mm256_and_si256(_mm256_or_si256(equal_256(low, 'e'), hat),
                                     _mm256_or_si256(after_l, _mm256_or_si256(quy, hi)));
        }
        __m256i bb = _mm256_and_si256(equal_256(second, 0xBB), _mm256_and_si256(equal_256(third, 0x86), after_l));
        __m256i li = _mm256_and_si256(equal_256(block, 0xC4), _mm256_and_si256(
            equal_256(_mm256_and_si256(second, _mm256_set1_epi8((char)0xFE)), 0xA8), after_l));
        __m256i lu = _mm256_and_si256(equal_256(low, 'u'), after_l);
        __m256i others = _mm256_or_si256(_mm256_or_si256(digit, _mm256_or_si256(li, lu)),
                                         _mm256_and_si256(equal_256(block, 0xE1), _mm256_or_si256(ba, bb)));
        if (!unmarked) {
            unsigned anchors = (unsigned)_mm256_movemask_epi8(others);
            if (anchors != 0) {
                *found = 1;
                return index + (size_t)__builtin_ctz(anchors);
            }
        } else if (_mm256_movemask_epi8(_mm256_or_si256(others, plain)) != 0) {
            /* One mask for the common block with no candidate; the two apart only for one that has some. */
            size_t first = first_anchor(bytes, index, count, (unsigned)_mm256_movemask_epi8(others),
                                        (unsigned)_mm256_movemask_epi8(plain));
            if (first != SIZE_MAX) {
                *found = 1;
                return first;
            }
        }
        index += 32;
    }
    return index;
}

AVX2 static size_t next_anchor_avx2(const uint8_t *bytes, size_t index, size_t count, int *found) {
    return next_anchor_avx2_loop(bytes, index, count, found, 0);
}

AVX2 static size_t next_anchor_unmarked_avx2(const uint8_t *bytes, size_t index, size_t count, int *found) {
    return next_anchor_avx2_loop(bytes, index, count, found, 1);
}

size_t vietcite_scan_clean(const uint8_t *bytes, size_t start, size_t count) {
    int current = __atomic_load_n(&level, __ATOMIC_RELAXED);
    if (current == 0) return start;
    size_t index = start;
    if (current == 2) {
        int found = 0;
        index = scan_clean_avx2(bytes, start, count, &found);
        if (found) return index;
    }
    return scan_clean_sse2(bytes, start, index, count);
}

__attribute__((always_inline))
static inline size_t next_anchor(const uint8_t *bytes, size_t start, size_t count, int unmarked) {
    size_t index = start;
    /* The vector loops read three bytes before each block (`quy`). */
    for (; index < 3; index++) {
        if (index >= count) return count;
        if (is_anchor(bytes, index, count, unmarked)) return index;
    }
    int current = __atomic_load_n(&level, __ATOMIC_RELAXED);
    if (current == 0) return next_anchor_bytes(bytes, index, count, count, unmarked);
    if (current == 2) {
        int found = 0;
        index = unmarked ? next_anchor_unmarked_avx2(bytes, index, count, &found)
                         : next_anchor_avx2(bytes, index, count, &found);
        if (found) return index;
    }
    return unmarked ? next_anchor_unmarked_sse2(bytes, index, count) : next_anchor_sse2(bytes, index, count);
}

size_t vietcite_next_anchor(const uint8_t *bytes, size_t start, size_t count) {
    return next_anchor(bytes, start, count, 0);
}

size_t vietcite_next_anchor_unmarked(const uint8_t *bytes, size_t start, size_t count) {
    return next_anchor(bytes, start, count, 1);
}

#else

int vietcite_scan_has_vectors(void) { return 0; }

int vietcite_scan_set_level(int requested) {
    (void)requested;
    return 0;
}

int vietcite_scan_level(void) { return 0; }

size_t vietcite_next_anchor(const uint8_t *bytes, size_t start, size_t count) {
    return next_anchor_bytes(bytes, start, count, count, 0);
}

size_t vietcite_next_anchor_unmarked(const uint8_t *bytes, size_t start, size_t count) {
    return next_anchor_bytes(bytes, start, count, count, 1);
}

size_t vietcite_scan_clean(const uint8_t *bytes, size_t start, size_t count) {
    (void)bytes;
    (void)count;
    return start;
}

#endif
