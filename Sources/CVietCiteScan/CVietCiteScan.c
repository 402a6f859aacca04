#include "CVietCiteScan.h"
#include <string.h>

size_t vietcite_find_byte(const uint8_t *bytes, size_t start, size_t end, uint8_t byte) {
    if (start >= end) return end;
    const uint8_t *found = memchr(bytes + start, byte, end - start);
    return found ? (size_t)(found - bytes) : end;
}

/* One byte of `vietcite_next_anchor`, without vectors. */
static inline int is_anchor(const uint8_t *bytes, size_t index, size_t count) {
    uint8_t byte = bytes[index];
    if (byte >= 0x30 && byte <= 0x39) return 1;
    if (byte == 0xC4 && index > 0 && index + 1 < count) {
        return (bytes[index + 1] & 0xFE) == 0xA8 && (bytes[index - 1] | 0x20) == 'l';
    }
    if (byte != 0xE1 || index == 0 || index + 2 >= count) return 0;
    uint8_t second = bytes[index + 1], third = bytes[index + 2] & 0xFE, before = bytes[index - 1] | 0x20;
    if (second == 0xBA) return (third == 0xAC && before == 'u') || (third == 0xBE && (before == 'y' || before == 'i'));
    if (second == 0xBB) return third == 0x86 && before == 'l';
    return 0;
}

static size_t next_anchor_bytes(const uint8_t *bytes, size_t start, size_t end, size_t count) {
    size_t index = start;
    while (index < end && !is_anchor(bytes, index, count)) index++;
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

size_t vietcite_scan_clean(const uint8_t *bytes, size_t start, size_t count) {
    size_t index = start;
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
        __m128i kept_lead = _mm_or_si128(_mm_and_si128(at_least(block, 0xC3), at_most(block, 0xC8)), equal(block, 0xE1));
        int known = _mm_movemask_epi8(_mm_or_si128(continuation, kept_lead));
        __m128i changed = _mm_or_si128(
            _mm_and_si128(equal(previous, 0xE1),
                          _mm_xor_si128(equal(_mm_and_si128(block, _mm_set1_epi8((char)0xFC)), 0xB8),
                                        _mm_set1_epi8((char)0xFF))),
            _mm_or_si128(_mm_and_si128(equal(previous, 0xC3), equal(_mm_and_si128(block, _mm_set1_epi8((char)0xDF)), 0x90)),
                         _mm_and_si128(equal(previous, 0xC6), equal(block, 0x89))));
        if ((high & ~known) != 0 || _mm_movemask_epi8(continuation) != expected || _mm_movemask_epi8(changed) != 0) {
            break;
        }
        index += 16;
    }
    return index;
}


size_t vietcite_next_anchor(const uint8_t *bytes, size_t start, size_t count) {
    size_t index = start;
    if (index == 0) {
        if (count == 0 || is_anchor(bytes, 0, count)) return 0;
        index = 1;
    }
    /* Each block reads one byte before it and two after it. */
    while (index + 18 <= count) {
        __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index));
        __m128i digit = at_most(_mm_sub_epi8(block, _mm_set1_epi8('0')), 9);
        __m128i lead = equal(block, 0xE1);
        __m128i lead_c4 = equal(block, 0xC4);
        int candidates = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, lead), lead_c4));
        if (candidates == 0) {
            index += 16;
            continue;
        }
        __m128i second = _mm_loadu_si128((const __m128i *)(bytes + index + 1));
        __m128i third = _mm_and_si128(_mm_loadu_si128((const __m128i *)(bytes + index + 2)), _mm_set1_epi8((char)0xFE));
        __m128i before = _mm_or_si128(_mm_loadu_si128((const __m128i *)(bytes + index - 1)), _mm_set1_epi8(0x20));
        __m128i ba = _mm_and_si128(equal(second, 0xBA), _mm_or_si128(
            _mm_and_si128(equal(third, 0xAC), equal(before, 'u')),
            _mm_and_si128(equal(third, 0xBE), _mm_or_si128(equal(before, 'y'), equal(before, 'i')))));
        __m128i bb = _mm_and_si128(equal(second, 0xBB), _mm_and_si128(equal(third, 0x86), equal(before, 'l')));
        __m128i li = _mm_and_si128(lead_c4, _mm_and_si128(equal(_mm_and_si128(second, _mm_set1_epi8((char)0xFE)), 0xA8),
                                                          equal(before, 'l')));
        int anchors = _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, li), _mm_and_si128(lead, _mm_or_si128(ba, bb))));
        if (anchors != 0) return index + (size_t)__builtin_ctz((unsigned)anchors);
        index += 16;
    }
    return next_anchor_bytes(bytes, index, count, count);
}

#else

int vietcite_scan_has_vectors(void) { return 0; }

size_t vietcite_next_anchor(const uint8_t *bytes, size_t start, size_t count) {
    return next_anchor_bytes(bytes, start, count, count);
}

size_t vietcite_scan_clean(const uint8_t *bytes, size_t start, size_t count) {
    (void)bytes;
    (void)count;
    return start;
}

#endif
