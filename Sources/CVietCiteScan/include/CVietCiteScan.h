#ifndef CVIETCITE_SCAN_H
#define CVIETCITE_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/// The clean-text scan of the normalizer, thirty-two bytes at a time with AVX2 and sixteen with SSE2 where the CPU
/// has them.
///
/// Returns the index of the first byte at or after `start` where the text stops being clean Vietnamese NFC (see
/// `NormalizationPass+Blocks.swift` for what clean means), found in whole blocks: a byte that is neither ASCII, nor a
/// kept lead, nor the continuation byte its lead expects, or the byte that shows a sequence is one the normalizer
/// changes (the `90` of `Ð`, `C3 90`). Where no such byte is found, the end of the last whole block. Either way the
/// caller moves the result back to a scalar boundary. `start` must be a scalar boundary and at least 2. Without SSE2 (or at
/// level 0, see `vietcite_scan_set_level`) it returns `start` and the caller uses its portable eight-byte path.
size_t vietcite_scan_clean(const uint8_t *bytes, size_t start, size_t count);

/// The matcher's anchor scan: the index of the first byte at or after `start` where a citation can be anchored,
/// or `count` when there is none. An anchor is an ASCII digit (every numbered citation has one), the `u` of `lu`
/// (luật, and OCR's `Luât`), or the lead byte of a letter inside a type word that name-only citations are
/// found by, with the ASCII letter the word has before it: `yế`/`iế` (quyết, hiến), `lệ` (lệnh, lệ), either case;
/// or the lead byte 0xC4 of `ĩ` after `l` (`lĩnh`, of Cương lĩnh).
/// Thirty-two bytes at a time with AVX2, sixteen with SSE2, a byte at a time otherwise; all give the same answer.
size_t vietcite_next_anchor(const uint8_t *bytes, size_t start, size_t count);

/// `vietcite_next_anchor`'s anchors, and the `e` or `ê` of `quyet`, `quyêt`, `hien`, `hiên`, `lenh`, `lênh`, `le` and
/// `lê` (the same type words with their tone lost, as OCR and text without marks write them), for a text that has
/// lost marks: a few instructions more a block, and branches on `lên`, `Lê`, which the default scan does not pay.
size_t vietcite_next_anchor_unmarked(const uint8_t *bytes, size_t start, size_t count);

/// The index of the first `O`, `o`, `l` or `I` at or after `start` that stands right before or after an ASCII digit
/// (`2O22`, `20l7`, `l5/8`: what OCR makes of 0 and 1), or `count`. Thirty-two bytes at a time with AVX2, sixteen
/// with SSE2, a byte at a time otherwise (as `vietcite_scan_set_level` chooses); all give the same answer.
size_t vietcite_next_ocr_confusable(const uint8_t *bytes, size_t start, size_t count);

/// The position after the last byte of `[lower, upper)` that ends a clause or sentence (a line break, `;`, `!`, `?`,
/// or `.` before a space or line break; the byte after a `.` is read when it is inside `count`), or `SIZE_MAX` when
/// none does. Sixteen bytes at a time with SSE2 (backwards, never before `lower`), a byte at a time at level 0 (see
/// `vietcite_scan_set_level`) or without SSE2; both give the same answer.
size_t vietcite_last_clause_boundary(const uint8_t *bytes, size_t lower, size_t upper, size_t count);

/// The index of the first `byte` in `[start, end)`, or `end` (the C library's `memchr`).
size_t vietcite_find_byte(const uint8_t *bytes, size_t start, size_t end, uint8_t byte);

/// The index of the first occurrence of the `length` bytes of `needle` inside `[start, end)`, or `end` (the C
/// library's `memmem`).
size_t vietcite_find_bytes(const uint8_t *bytes, size_t start, size_t end, const uint8_t *needle, size_t length);

/// The length of the run at the start of `bytes` that a JSON string literal holds as it is: no byte below 0x20,
/// no `"` or `\`, and no 0xE2 (the lead byte of U+2028 and U+2029, which JSON writers escape; the caller looks
/// at the whole scalar). `count` when the whole buffer is such a run. Sixteen bytes at a time with SSE2.
size_t vietcite_json_plain_run(const uint8_t *bytes, size_t count);

/// Writes the JSON string literal of well-formed UTF-8 `bytes`, quotes included, at `out`, and returns how many bytes
/// it wrote: `"`, `\`, `\n`, `\r`, `\t` and the other control characters (`\u00XX`), U+2028 and U+2029 escaped, as
/// `Escaping.json` does. `out` must have room for `6 * count + 2` bytes.
size_t vietcite_json_write_string(uint8_t *out, const uint8_t *bytes, size_t count);

/// 1 when `bytes` are well-formed UTF-8 (The Unicode Standard, table 3-7: no overlong form, no surrogate, nothing
/// above U+10FFFF, no truncated sequence), else 0. Eight ASCII bytes at a time.
int vietcite_utf8_is_well_formed(const uint8_t *bytes, size_t count);

/// For each scalar below U+2000: 0 when it is not a letter, 1 for a letter with no folded form (`ç`, `Ж`, a stray
/// combining mark), else its folded ASCII letter (`ế` → `e`, `Đ` → `d`, `A` → `a`). See `ByteClass`. Filled when
/// the library loads; read-only after.
extern uint8_t vietcite_letter_folds[0x2000];

/// `vietcite_letter_folds[scalar]`, or 0 from U+2000 on. Inline, so Swift reads the table with one load.
static inline uint8_t vietcite_letter_fold(uint32_t scalar) {
    return scalar < 0x2000 ? vietcite_letter_folds[scalar] : 0;
}

/// The end of the word that starts at `index`: letters and digits, as `Tokenizer.wordEnd` reads them (a letter is a
/// scalar with a non-zero `vietcite_letter_fold` below U+2000, or kana to CJK, or a Hangul syllable; ill-formed bytes
/// are none). `index` itself may be any byte; the result is `index` when it starts no letter or digit.
size_t vietcite_word_end(const uint8_t *bytes, size_t index, size_t count);

/// As `vietcite_word_end`, with the walk stopped before `limit` (a scalar that starts before `limit` is read whole,
/// up to `count`), and the word's key in `*key`: its folded letters packed big-endian, or 0 when it has a digit, a
/// letter with no folded form, or more than eight letters (`Matcher.wordEndAndKey`).
size_t vietcite_word_end_key(const uint8_t *bytes, size_t start, size_t limit, size_t count, uint64_t *key);

/// The start of the run of letters and digits that ends at `start`, walking back one scalar at a time (a scalar
/// starts at most three continuation bytes back) as `Tokenizer.token(before:in:)` does; sets `*saw_digit` to 1 when
/// the run holds an ASCII digit (and leaves it otherwise).
size_t vietcite_word_start_before(const uint8_t *bytes, size_t start, size_t count, int *saw_digit);

/// The start of the first word in `[start, limit)` whose key (`vietcite_word_end_key`, walked no further than
/// `limit`) is one of `keys`, with its end in `*end` and its key in `*key`; `limit` when there is none. Words are
/// read from each letter that follows a byte that is no letter (a digit, a space, punctuation), one byte at a time
/// between them, as `Matcher.nearestTrigger` walked them. `keys` is an open-addressed table of `slots` entries (a
/// power of two; 0 marks an empty slot) whose keys start at slot `key * 0x9E3779B97F4A7C15 >> shift`
/// (`WordKeyTable`).
size_t vietcite_next_keyed_word(const uint8_t *bytes, size_t start, size_t limit, size_t count, const uint64_t *keys,
                                size_t slots, unsigned shift, size_t *end, uint64_t *key);

/// The type-word reader's walk back (`Matcher.typeWord(endingAt:among:)`): from `cursor`, one scalar back at a time,
/// stores each folded Vietnamese letter in `letters[collected]` and its start in `starts[collected]` until `limit`
/// are collected, passing up to four spaces or one line break between letters (`Nghị   định`, `Thôngt ư`,
/// `Nghị⏎định`; a line break right before `cursor` ends the walk). Stops at any other byte (a digit, punctuation, a
/// letter with no folded form). Returns how many letters are collected in all; call again from
/// `starts[collected - 1]` to read on.
size_t vietcite_fold_back(const uint8_t *bytes, size_t cursor, size_t count, uint8_t *letters, size_t *starts,
                          size_t collected, size_t limit);

/// True when the scalar at `index` is a letter (`Tokenizer.isWordStart`).
int vietcite_is_word_start(const uint8_t *bytes, size_t index, size_t count);

/// Asks the kernel to back the 2 MB-aligned part of `[start, start + length)` with huge pages (Linux `madvise`
/// `MADV_HUGEPAGE`, which a kernel in `madvise` mode honours on request), for a large buffer about to be written
/// whole: writing it then faults once per 2 MB instead of once per 4 KB page. Regions under 8 MB are left alone; a
/// no-op where there is no such advice.
void vietcite_advise_huge_pages(void *start, size_t length);

/// One segment of the normalizer's offset map (`OffsetMap.Segment`): output start, source start, and the source
/// length with the identity flag in its top bit.
typedef struct {
    uint32_t out;
    uint32_t in;
    uint32_t length_and_flag;
} vietcite_offset_segment;

/// The normalizer's output while `vietcite_compose_ascii_vowels` writes it: its bytes and offset-map segments, how
/// many of each are written and how many fit, and the start of the unchanged stretch not copied yet.
typedef struct {
    uint8_t *out;
    size_t out_count;
    size_t out_capacity;
    vietcite_offset_segment *segments;
    size_t segment_count;
    size_t segment_capacity;
    size_t pending;
} vietcite_compose_state;

/// The NFD hot path of the normalizer (`NormalizationPass.composeASCIIVowels`): from `start`, skips ASCII and
/// `đ`/`Đ`, and composes each ASCII vowel followed by one or two combining marks U+0300–U+033F (and no further
/// mark) through the tables of `ComposedASCII` (`letters`: UTF-8 bytes with their number in the top byte; `slots`,
/// 256 entries), writing the unchanged stretch before it, the letter, and their segment (one prefixed segment for
/// both, see `OffsetMap.Segment`) into `state`. Returns the index of the first byte it leaves to the caller, a scalar
/// boundary: anything else that is not ASCII, a letter there was no room for, or the last 24 bytes of the input (the
/// caller reads on from there as it would have).
size_t vietcite_compose_ascii_vowels(const uint8_t *bytes, size_t start, size_t count, vietcite_compose_state *state,
                                     const uint32_t *letters, const uint8_t *slots);

/// The normalizer's loop over text that stays as it is (`NormalizationPass.skipKept`): ASCII, eight bytes at a time,
/// and the letters kept unchanged (two-byte sequences whose `kept_pairs` entry, at `(lead - 0xC2) << 6 | (second &
/// 0x3F)`, is 1; U+1E00–U+1EFF; U+2016–U+2027), with the vector clean-text scan tried after every eight bytes.
/// Returns the first byte that is none of these, or a scalar boundary at or after `stop` (where the caller tries its
/// block scan again), or `count`.
size_t vietcite_skip_kept(const uint8_t *bytes, size_t start, size_t count, size_t stop, const uint8_t *kept_pairs);

/// Chooses the loops `vietcite_scan_clean` and `vietcite_next_anchor` run: 2 for AVX2 (thirty-two bytes at a
/// time, the default where the CPU has it), 1 for SSE2, 0 for the byte loops (`vietcite_scan_clean` then finds no
/// clean block, and the normalizer's eight-byte path does the work). Every level gives the same answers; the tests
/// compare them, and benchmarks may pin one. Capped at what the CPU has; returns the level chosen.
int vietcite_scan_set_level(int requested);

/// The level chosen (see `vietcite_scan_set_level`). At level 0 the normalizer also composes decomposed vowels in
/// Swift rather than through `vietcite_compose_ascii_vowels`, so the tests can compare the two.
int vietcite_scan_level(void);

/// 1 when `vietcite_scan_clean` has a vector implementation on this CPU, else 0.
int vietcite_scan_has_vectors(void);

/// The first `hết` or `Hết` in `bytes[start..<end]` that comes before the clause ends (`.`, `;` or a line break), or
/// `SIZE_MAX` when the clause or the range ends first; then `*stop`, unless `stop` is null, is where the clause ended
/// (its `.`, `;` or line break), or `end`. Sixteen bytes at a time with SSE2, a byte at a time at level 0 (see
/// `vietcite_scan_set_level`) or without SSE2; both give the same answer.
size_t vietcite_clause_het(const uint8_t *bytes, size_t start, size_t end, size_t *stop);

/// 1 when `a[0..<count]` and `b[0..<count]` hold the same bytes (`memcmp`, for the Swift targets that import no libc).
static inline int vietcite_same_bytes(const uint8_t *a, const uint8_t *b, size_t count) {
    return count == 0 || memcmp(a, b, count) == 0;
}

#endif
