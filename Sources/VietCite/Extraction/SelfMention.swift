/// The document's own identifier: the `Số: …` header near the top, when it is the only header-style line
/// (a sidebar listing other documents as `Số: …` is not the document itself).
enum SelfMention {
    static func index(in matches: [Match], text: [UInt8]) -> Int? {
        var candidates: [Int] = []
        for (index, match) in matches.enumerated() where match.symbol != nil {
            if startsHeaderLine(match, text: text) { candidates.append(index) }
        }
        guard candidates.count == 1, let only = candidates.first, matches[only].range.lowerBound < 4096 else {
            return nil
        }
        return only
    }

    /// The mention starts its line with `Số` (or a type word then `số`), as a document header does.
    private static func startsHeaderLine(_ match: Match, text: [UInt8]) -> Bool {
        var start = match.range.lowerBound
        while start > 0 && (text[start - 1] == 0x20 || text[start - 1] == 0x09) { start -= 1 }
        guard start == 0 || text[start - 1] == 0x0A || text[start - 1] == 0x0D else { return false }
        let head = text[match.range.lowerBound..<min(match.range.upperBound, match.range.lowerBound + 40)]
        let folded = VietnameseKey.folded(String(decoding: head, as: UTF8.self))
        return folded.hasPrefix("so") || folded.contains(" so:") || folded.contains(" so ")
    }
}
