#include "CVietCiteScan.h"
#include <string.h>

#define IDENTITY_FLAG 0x80000000u
/* A prefixed segment (`OffsetMap.Segment`): the flag in the top bit of its source start (the pass reads less than
   2 GiB), the unchanged stretch's length above the low four bits of its length and the edit's source length in them. */
#define PREFIXED_FLAG 0x80000000u
#define MAXIMUM_PREFIX ((1u << 27) - 1)

#if defined(__SSE2__)
#include <emmintrin.h>
/* Sixteen bytes, as one load and one store (a `memcpy` of a size known only at run time is a call). */
static inline void copy16(uint8_t *destination, const uint8_t *source) {
    _mm_storeu_si128((__m128i *)destination, _mm_loadu_si128((const __m128i *)source));
}
#else
static inline void copy16(uint8_t *destination, const uint8_t *source) {
    for (int offset = 0; offset < 16; offset++) destination[offset] = source[offset];
}
#endif

/* The first byte at or after `index` that is neither ASCII, sixteen (or eight) bytes at a time, nor `đ`, `Đ` (C4 91,
   C4 90: they have no decomposed form and stand in decomposed text as they are); or an index at or after `limit`,
   which is at most `count - 24`, so that the reads need no test. */
static inline size_t next_to_compose(const uint8_t *p, size_t index, size_t limit) {
    while (index < limit) {
#if defined(__SSE2__)
        unsigned high = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(p + index)));
        if (high == 0) {
            index += 16;
            continue;
        }
        index += (size_t)__builtin_ctz(high);
#else
        uint64_t word;
        memcpy(&word, p + index, 8);
        uint64_t high = word & 0x8080808080808080ull;
        if (high == 0) {
            index += 8;
            continue;
        }
        index += (size_t)__builtin_ctzll(high) >> 3;
#endif
        if (index >= limit || p[index] != 0xC4 || (p[index + 1] & 0xFE) != 0x90) break;
        index += 2;
    }
    return index;
}

/* The letter that the ASCII vowel before `index` makes with the one or two marks U+0300–U+033F at `index` (UTF-8
   bytes, their number in the top byte), when the vowel is not yet copied (after `pending`) and no mark follows; else 0.
   `end` is set to the end of the marks. `slots` has 256 entries, 0 for every byte that is no ASCII vowel. */
static inline uint32_t vowel_letter(const uint8_t *p, size_t index, size_t pending, const uint32_t *letters,
                                    const uint8_t *slots, size_t *end_out) {
    if (index <= pending) return 0;
    uint8_t mark = p[index + 1];
    if ((mark & 0xC0) != 0x80) return 0;
    size_t end = index + 2;
    size_t second = 0x40;
    if (p[end] == 0xCC && (p[end + 1] & 0xC0) == 0x80) {
        second = p[end + 1] & 0x3F;
        end += 2;
    }
    uint8_t next = p[end];
    if (next == 0xCC || next == 0xCD || next == 0xE1 || next == 0xE2 || next == 0xEF) return 0;
    size_t slot = slots[p[index - 1]];
    if (slot == 0) return 0;
    *end_out = end;
    return letters[((slot - 1) * 64 + (mark & 0x3F)) * 65 + second];
}

/* The unchanged stretch before a letter, then the letter: whole sixteen-byte blocks (read from before the letter's
   marks, in bounds) and four bytes of the letter stored; the caller counts the letter's own length. */
static inline void copy_stretch_and_letter(uint8_t *destination, const uint8_t *source, size_t stretch,
                                           uint32_t letter) {
    for (size_t copied = 0; copied < stretch; copied += 16) {
        copy16(destination + copied, source + copied);
    }
    memcpy(destination + stretch, &letter, 4);
}

/* The source index below which the fast loop needs no test of room. Composing never lengthens the text (an ASCII
   vowel and its marks, three or five bytes, become a letter of two or three), so the output written for a letter that
   starts before source index `i` ends before `out_count + (i - pending)`, plus the sixteen bytes a block copy may
   write past it; and letters start at least three bytes apart, each adding at most two segments. */
static inline size_t compose_fast_limit(size_t start, size_t limit, const vietcite_compose_state *state,
                                        size_t pending, size_t out_count, size_t segment_count) {
    if (state->out_capacity < out_count + 16 || state->segment_capacity < segment_count + 2) return 0;
    size_t by_output = pending + (state->out_capacity - out_count - 16);
    size_t letters = (state->segment_capacity - segment_count) / 2;
    size_t by_segments = letters > 0 ? start + 3 * (letters - 1) : 0;
    /* And no stretch longer than a prefixed segment holds. */
    size_t by_prefix = pending + MAXIMUM_PREFIX;
    size_t fast = by_output < by_segments ? by_output : by_segments;
    fast = fast < by_prefix ? fast : by_prefix;
    return fast < limit ? fast : limit;
}

/* The fast loop: skips ASCII sixteen bytes at a time and `đ`/`Đ`, and composes each ASCII vowel with its one or two
   marks, without tests of room (see `compose_fast_limit`). It returns at the first byte it does not handle, where
   the general loop takes over. Its segments are the general loop's: the stretch and the letter in one prefixed
   segment, or the letter alone after no stretch. Out of line, so that its registers are its own: inlined, it shared
   them with the general loop and kept its tables and counts on the stack (NFD normalization 12.58 → 12.17
   instructions per byte). */
__attribute__((noinline)) static size_t compose_fast(const uint8_t *p, size_t index, size_t fast_limit, uint8_t *out,
                                                     size_t *out_count_io, vietcite_offset_segment *segments,
                                                     size_t *segment_count_io, size_t *pending_io,
                                                     const uint32_t *letters, const uint8_t *slots) {
    size_t out_count = *out_count_io;
    vietcite_offset_segment *segment = segments + *segment_count_io;
    size_t pending = *pending_io;
    while (index < fast_limit) {
        index = next_to_compose(p, index, fast_limit);
        if (index >= fast_limit || p[index] != 0xCC) break;
        size_t end = 0;
        uint32_t letter = vowel_letter(p, index, pending, letters, slots, &end);
        if (letter == 0) break;
        size_t source_start = index - 1;
        size_t stretch = source_start - pending;
        copy_stretch_and_letter(out + out_count, p + pending, stretch, letter);
        uint32_t edit = (uint32_t)(end - source_start);
        if (stretch > 0) {
            *segment++ = (vietcite_offset_segment){
                (uint32_t)out_count, (uint32_t)pending | PREFIXED_FLAG, (uint32_t)stretch << 4 | edit};
        } else {
            *segment++ = (vietcite_offset_segment){(uint32_t)out_count, (uint32_t)source_start, edit};
        }
        out_count += stretch + (letter >> 24);
        pending = end;
        index = end;
    }
    *out_count_io = out_count;
    *segment_count_io = (size_t)(segment - segments);
    *pending_io = pending;
    return index;
}

size_t vietcite_compose_ascii_vowels(const uint8_t *p, size_t start, size_t count, vietcite_compose_state *state,
                                     const uint32_t *letters, const uint8_t *slots) {
    /* The last 24 bytes are left to the caller: before them, every read below is in bounds without a test. */
    if (count < 24) return start;
    const size_t limit = count - 24;
    /* The state in locals: every store into the output may alias it, and would make the compiler read it again. */
    uint8_t *const out = state->out;
    size_t out_count = state->out_count;
    const size_t out_capacity = state->out_capacity;
    vietcite_offset_segment *const segments = state->segments;
    size_t segment_count = state->segment_count;
    const size_t segment_capacity = state->segment_capacity;
    size_t pending = state->pending;
    /* The first stretch joins the last segment written before when that one is an identity segment that ends where
       the stretch begins, in the source and in the output (as `OffsetMap.Builder.appendIdentityAndEdit` does); after
       it, the last segment is always a letter's. */
    vietcite_offset_segment *joinable = NULL;
    if (segment_count > 0) {
        vietcite_offset_segment *last = &segments[segment_count - 1];
        uint32_t length = last->length_and_flag & ~IDENTITY_FLAG;
        if ((last->length_and_flag & IDENTITY_FLAG) && (size_t)last->in + length == pending
            && (size_t)last->out + length == out_count) {
            joinable = last;
        }
    }
    /* Below `fast_limit` the output and the map have room for every letter the loop can compose (see
       `compose_fast_limit`), and the fast loop runs; it leaves every other case to the general loop below, which
       reads that byte again. */
    const size_t fast_limit = compose_fast_limit(start, limit, state, pending, out_count, segment_count);
    size_t index = start;
    while (index < limit) {
        if (!joinable && index < fast_limit) {
            index = compose_fast(p, index, fast_limit, out, &out_count, segments, &segment_count, &pending, letters,
                                 slots);
            if (index >= limit) break;
        }
        index = next_to_compose(p, index, limit);
        if (index >= limit || p[index] != 0xCC) break;
        /* An ASCII vowel (not yet copied), one or two marks U+0300–U+033F, and no mark after them. */
        size_t end = 0;
        uint32_t letter = vowel_letter(p, index, pending, letters, slots, &end);
        if (letter == 0) break;
        size_t source_start = index - 1;
        size_t stretch = source_start - pending;
        /* Room for the stretch, sixteen bytes more (the copy below writes whole sixteen-byte blocks, and reads them
           from before `index`, in bounds) and a segment; else the caller goes on. */
        if (out_count + stretch + 16 > out_capacity || segment_count + 2 > segment_capacity) break;

        copy_stretch_and_letter(out + out_count, p + pending, stretch, letter);

        /* Their segments: the stretch joined to the segment before where it can be, then the letter's; else the
           stretch and the letter in one prefixed segment (a letter is at most five source bytes), as
           `OffsetMap.Builder.appendIdentityAndEdit` writes them. */
        if (stretch > 0 && joinable) {
            joinable->length_and_flag = (uint32_t)(source_start - joinable->in) | IDENTITY_FLAG;
        } else if (stretch > 0 && stretch <= MAXIMUM_PREFIX) {
            segments[segment_count++] = (vietcite_offset_segment){
                (uint32_t)out_count, (uint32_t)pending | PREFIXED_FLAG,
                (uint32_t)stretch << 4 | (uint32_t)(end - source_start)};
            joinable = NULL;
            out_count += stretch + (letter >> 24);
            pending = end;
            index = end;
            continue;
        } else if (stretch > 0) {
            segments[segment_count++] = (vietcite_offset_segment){
                (uint32_t)out_count, (uint32_t)pending, (uint32_t)stretch | IDENTITY_FLAG};
        }
        joinable = NULL;
        segments[segment_count++] = (vietcite_offset_segment){
            (uint32_t)(out_count + stretch), (uint32_t)source_start, (uint32_t)(end - source_start)};
        out_count += stretch + (letter >> 24);
        pending = end;
        index = end;
    }
    state->out_count = out_count;
    state->segment_count = segment_count;
    state->pending = pending;
    return index;
}
