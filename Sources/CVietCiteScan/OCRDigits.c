#include "CVietCiteScan.h"

/* `O`, `o`, `l` or `I`: the letters OCR reads for 0 and 1. */
static inline int is_confusable(uint8_t byte) { return byte == 'O' || byte == 'o' || byte == 'l' || byte == 'I'; }

static inline int is_digit(uint8_t byte) { return byte >= '0' && byte <= '9'; }

/* One byte of `vietcite_next_ocr_confusable`, without vectors. */
static inline int is_candidate(const uint8_t *bytes, size_t index, size_t count) {
    if (!is_confusable(bytes[index])) return 0;
    return (index > 0 && is_digit(bytes[index - 1])) || (index + 1 < count && is_digit(bytes[index + 1]));
}

static size_t next_bytes(const uint8_t *bytes, size_t index, size_t count) {
    while (index < count && !is_candidate(bytes, index, count)) index++;
    return index;
}

/* Both vector loops test digits first: Vietnamese prose has an `o` or `l` in nearly every block and a digit in
   few. A block without a digit is passed on that one test; the letters at its two ends, which a digit in the
   block beside could make candidates, are tested when that block is (`edges`). `from` is where the scan began:
   nothing before it is returned. Each loop stops before a read past the end and leaves the tail to the next. */
#if defined(__SSE2__)
#include <emmintrin.h>
#include <immintrin.h>

/* The first candidate in a block of `width` bytes at `index` that holds a digit, given the candidates inside it
   (`hits`, bit i for byte index + i), or `count` when there is none: the byte before the block first, the byte
   after it last. */
static inline size_t edges(const uint8_t *bytes, size_t from, size_t index, size_t width, unsigned hits,
                           size_t count) {
    if (index > from && is_confusable(bytes[index - 1]) && is_digit(bytes[index])) return index - 1;
    if (hits != 0) return index + (size_t)__builtin_ctz(hits);
    if (is_confusable(bytes[index + width]) && is_digit(bytes[index + width - 1])) return index + width;
    return count;
}

static inline __m128i digits_128(__m128i v) {
    __m128i shifted = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    return _mm_cmpeq_epi8(_mm_min_epu8(shifted, _mm_set1_epi8(9)), shifted);
}

static inline __m128i confusables_128(__m128i v) {
    return _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('O')), _mm_cmpeq_epi8(v, _mm_set1_epi8('o'))),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('l')), _mm_cmpeq_epi8(v, _mm_set1_epi8('I'))));
}

static size_t next_sse2(const uint8_t *bytes, size_t from, size_t index, size_t count, int *found) {
    while (index + 17 <= count) {
        __m128i block = _mm_loadu_si128((const __m128i *)(bytes + index));
        if (_mm_movemask_epi8(digits_128(block)) != 0) {
            __m128i beside = _mm_or_si128(digits_128(_mm_loadu_si128((const __m128i *)(bytes + index - 1))),
                                          digits_128(_mm_loadu_si128((const __m128i *)(bytes + index + 1))));
            unsigned hits = (unsigned)_mm_movemask_epi8(_mm_and_si128(confusables_128(block), beside));
            size_t first = edges(bytes, from, index, 16, hits, count);
            if (first < count) {
                *found = 1;
                return first;
            }
        }
        index += 16;
    }
    return index;
}

#define AVX2 __attribute__((target("avx2")))

AVX2 static inline __m256i digits_256(__m256i v) {
    __m256i shifted = _mm256_sub_epi8(v, _mm256_set1_epi8('0'));
    return _mm256_cmpeq_epi8(_mm256_min_epu8(shifted, _mm256_set1_epi8(9)), shifted);
}

AVX2 static size_t next_avx2(const uint8_t *bytes, size_t from, size_t index, size_t count, int *found) {
    while (index + 33 <= count) {
        /* Two blocks without a digit at a time: most of a page. */
        while (index + 65 <= count) {
            __m256i digits = _mm256_or_si256(digits_256(_mm256_loadu_si256((const __m256i *)(bytes + index))),
                                             digits_256(_mm256_loadu_si256((const __m256i *)(bytes + index + 32))));
            if (_mm256_movemask_epi8(digits) != 0) break;
            index += 64;
        }
        /* The pairs may have run to where one block no longer fits. */
        if (index + 33 > count) break;
        __m256i block = _mm256_loadu_si256((const __m256i *)(bytes + index));
        if (_mm256_movemask_epi8(digits_256(block)) != 0) {
            __m256i confusable = _mm256_or_si256(
                _mm256_or_si256(_mm256_cmpeq_epi8(block, _mm256_set1_epi8('O')),
                                _mm256_cmpeq_epi8(block, _mm256_set1_epi8('o'))),
                _mm256_or_si256(_mm256_cmpeq_epi8(block, _mm256_set1_epi8('l')),
                                _mm256_cmpeq_epi8(block, _mm256_set1_epi8('I'))));
            __m256i beside = _mm256_or_si256(digits_256(_mm256_loadu_si256((const __m256i *)(bytes + index - 1))),
                                             digits_256(_mm256_loadu_si256((const __m256i *)(bytes + index + 1))));
            unsigned hits = (unsigned)_mm256_movemask_epi8(_mm256_and_si256(confusable, beside));
            size_t first = edges(bytes, from, index, 32, hits, count);
            if (first < count) {
                *found = 1;
                return first;
            }
        }
        index += 32;
    }
    return index;
}

size_t vietcite_next_ocr_confusable(const uint8_t *bytes, size_t start, size_t count) {
    /* The vector loops read the byte before each block, so they begin at 1 at least; a block's first byte whose
       digit stands just before the block is found by the block before, so the first one is tested here. */
    size_t index = start;
    if (index >= count || is_candidate(bytes, index, count)) return index;
    index++;
    if (index >= count || is_candidate(bytes, index, count)) return index;
    int level = vietcite_scan_level();
    if (level == 0) return next_bytes(bytes, index, count);
    int found = 0;
    if (level == 2) {
        index = next_avx2(bytes, start, index, count, &found);
        if (found) return index;
    }
    index = next_sse2(bytes, start, index, count, &found);
    if (found) return index;
    /* The byte before the tail, when its block held no digit and the tail begins with one. */
    if (index > start && index < count && is_candidate(bytes, index - 1, count)) return index - 1;
    return next_bytes(bytes, index, count);
}

#else

size_t vietcite_next_ocr_confusable(const uint8_t *bytes, size_t start, size_t count) {
    return next_bytes(bytes, start, count);
}

#endif
