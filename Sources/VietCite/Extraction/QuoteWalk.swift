internal import CVietCiteScan

/// The quotation marks of a text, walked forward once as the scan's mentions come: before each mention, the last
/// mark and whether it opens a quotation, read as ``Matcher/isQuoted(_:)`` reads them (`“`, or `"` after a space, a
/// colon or a line break, opens; `”`, or `"` after anything else, closes). Each byte is searched once (`memchr`
/// for `"` and for the `E2` lead of `“` and `”`), so the walk stays linear however many mentions ask.
struct QuoteWalk {
    /// Where the walk stands: the marks before it are read.
    private var cursor = 0
    /// The next `"` at or after `cursor` when it is not below `cursor`; the searches for it have read up to
    /// `plainSearched`.
    private var plain = -1
    private var plainSearched = 0
    /// The same for the `E2` lead.
    private var lead = -1
    private var leadSearched = 0
    /// The last mark before `cursor`: where it stands and whether it opens a quotation.
    private var lastMark: (at: Int, opens: Bool)?

    /// The start of the quotation mark that opens the quotation `end` stands in (within 3,000 bytes, as
    /// ``Matcher/isQuoted(_:)`` looks), or nil when it stands in none. `end` must not go back from one call to the
    /// next (the mentions' starts do not); a call that does is answered nil.
    mutating func openingMark(before end: Int, in matcher: Matcher) -> Int? {
        if end < cursor { return nil }
        // Only the last 3,000 bytes count: a walk far behind skips to them (sparse prose is mostly skipped).
        if end - cursor > 3_000 {
            cursor = end - 3_000
            lastMark = nil
        }
        while let mark = nextMark(before: end, in: matcher) {
            let p = matcher.p
            if p[mark] == 0x22 {
                lastMark = (mark, matcher.plainQuoteOpens(at: mark))
            } else if mark + 2 < matcher.count && p[mark + 1] == 0x80 && (p[mark + 2] == 0x9C || p[mark + 2] == 0x9D) {
                lastMark = (mark, p[mark + 2] == 0x9C)
            }
            cursor = mark + 1
        }
        cursor = end
        // Only a passage's opening mark: at its line's start (an amendment's new text) or after a colon (`Ông A nói:
        // "…`), not one inside a sentence (`Kế hoạch "Năm dân vận khéo"`), where a closing mark misread as an opening
        // one would take the text after it for quoted.
        guard let lastMark, lastMark.opens, end - lastMark.at <= 3_000,
              matcher.opensLine(lastMark.at) || matcher.follows(0x3A, before: lastMark.at)
        else { return nil }
        return lastMark.at
    }

    /// The first `"` or `E2` lead from `cursor` up to `end`, each searched for once.
    private mutating func nextMark(before end: Int, in matcher: Matcher) -> Int? {
        let quote = Self.next(0x22, found: &plain, searched: &plainSearched, from: cursor, before: end, in: matcher)
        let mark = Self.next(0xE2, found: &lead, searched: &leadSearched, from: cursor, before: end, in: matcher)
        switch (quote, mark) {
        case let (quote?, mark?): return min(quote, mark)
        case let (quote?, nil): return quote
        case let (nil, mark): return mark
        }
    }

    /// The first `byte` from `cursor` up to `end`: the one found before when it still stands ahead, else a search
    /// from where the last one stopped.
    private static func next(_ byte: UInt8, found: inout Int, searched: inout Int, from cursor: Int, before end: Int,
                             in matcher: Matcher) -> Int? {
        if found >= cursor { return found < end ? found : nil }
        let start = max(searched, cursor)
        guard start < end else { return nil }
        let at = vietcite_find_byte(matcher.p, start, end, byte)
        searched = at
        guard at < end else { return nil }
        found = at
        return at
    }
}
