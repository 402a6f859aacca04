internal import CVietCiteScan

/// A consolidated text (`Văn bản hợp nhất`, whose own header reads `Số: 12/VBHN-BTC`) opens, before its preamble, by
/// naming the document it consolidates and each document that amended it, every one at the start of its line:
///
/// ```text
/// Nghị định số 126/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ …, được sửa đổi, bổ sung bởi:
/// 1. Nghị định số 91/2022/NĐ-CP ngày 30 tháng 10 năm 2022 của Chính phủ sửa đổi, bổ sung …, có hiệu lực kể từ …
/// ```
///
/// Those mentions are what the text consolidates (`documents.md` §7.4, `hợp nhất`); the relation's trigger is the
/// text's own identifier, which states it. The documents named inside those lines (`… sửa đổi, bổ sung một số điều
/// của Nghị định số 126/2020/NĐ-CP`) and in the footnotes after the preamble keep their relations.
enum Consolidation {
    /// How far after its header a consolidated text's opening lines may reach (the list of amending documents of a
    /// code amended many times runs to a few thousand bytes).
    static let openingLimit = 6_000

    static func assign(_ matches: inout [Match], header: Int?, in bytes: [UInt8]) {
        guard let header, matches[header].type == "Văn bản hợp nhất" else { return }
        let own = matches[header].range
        bytes.withUnsafeBufferPointer { buffer in
            let matcher = Matcher(buffer: buffer)
            matches.withUnsafeMutableBufferPointer { matches in
                // Where the lines read for an article's heading end (each line is read once).
                var read = own.upperBound
                for index in (header + 1)..<matches.count {
                    let range = matches[index].range
                    // The preamble (`Căn cứ …`) or the first article ends the opening lines.
                    if matches[index].relation?.relation == .basis || range.lowerBound - own.upperBound > openingLimit
                        || matcher.articleOpens(in: read..<range.lowerBound) {
                        break
                    }
                    read = max(read, range.lowerBound)
                    guard matches[index].relation == nil || matches[index].relation?.relation == .reference,
                          matcher.opensLineOrItem(range.lowerBound)
                    else { continue }
                    matches[index].relation = (.consolidates, own)
                }
            }
        }
    }
}

extension Matcher {
    /// True when a mention at `start` opens its line, after an item's label at most (`1. Nghị định số …`).
    func opensLineOrItem(_ start: Int) -> Bool {
        var lineStart = start
        while lineStart > 0 && start - lineStart < 8 && p[lineStart - 1] != 0x0A && p[lineStart - 1] != 0x0D {
            lineStart -= 1
        }
        guard lineStart == 0 || p[lineStart - 1] == 0x0A || p[lineStart - 1] == 0x0D else { return false }
        return isBlank(lineStart..<start) || opensWithLabel(lineStart..<start)
    }

    /// True when a line that opens in `range` opens with `Điều` and a number (an article's heading).
    func articleOpens(in range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            let lineBreak = vietcite_find_byte(p, cursor, range.upperBound, 0x0A)
            guard lineBreak < range.upperBound else { return false }
            var word = lineBreak + 1
            skipBlanks(&word, limit: range.upperBound)
            if expectWord("dieu", &word), headingNumberFollows(word) { return true }
            cursor = lineBreak + 1
        }
        return false
    }
}
