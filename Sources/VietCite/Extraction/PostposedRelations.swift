internal import CVietCiteScan

/// Relations stated after the mention, in the passive (`documents.md` §7.4): `Thông tư số 68/2019/TT-BTC hết hiệu
/// lực kể từ …`, `khoản 2 Điều 10 Nghị định số 24/2024/NĐ-CP được sửa đổi như sau:`, `Quyết định số 789/QĐ-UBND bị
/// bãi bỏ`, `Thông tư 39/2014/TT-BTC được thay thế bởi Thông tư này`.
///
/// Only a mention that no trigger before it gave a relation takes one, and only when the words stand right after its
/// fields (`đều` and `cũng` may come between). `được sửa đổi bởi Nghị định 123` says another document amended it, not
/// the citing one: after `bởi`, `bằng`, `theo` or `tại` the agent must be the citing document itself (`… này`).
/// `đã hết hiệu lực` reports a past fact and is left a plain reference. Members of a list before the mention
/// (`Thông tư số 68/2019/TT-BTC, Thông tư số 88/2020/TT-BTC hết hiệu lực`) share the relation. `hết hiệu lực` may
/// also end the clause after the mention's subject, as the articles on entry into force write it (`Thông tư số
/// 16/2014/TT-BCT ngày … của Bộ trưởng Bộ Công Thương quy định về … hết hiệu lực kể từ ngày …`), when no other
/// mention stands in that subject. A law's final article names the law it ends with the laws that amended it
/// between (`Luật Đất đai số 45/2013/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14 (sau đây gọi
/// là …) hết hiệu lực kể từ …`): the first is the one that ends.
enum PostposedRelations {
    /// Folded words after the mention, with the relation they state.
    static let phrases: [(words: [StaticString], relation: Relation)] = [
        (["het", "hieu", "luc"], .ends),
        (["bi", "bai", "bo"], .repeals), (["duoc", "bai", "bo"], .repeals),
        (["bi", "thay", "the"], .replaces), (["duoc", "thay", "the"], .replaces),
        (["duoc", "sua", "doi"], .amends), (["duoc", "bo", "sung"], .amends),
        (["bi", "dinh", "chi"], .suspends), (["duoc", "dinh", "chinh"], .corrects),
    ]

    /// The word keys a passive phrase can open with, its adverbs included (`hết`, `bị`, `được`, `đều`, `cũng`).
    static let firstWords = WordKeyTable(keys: ["het", "bi", "duoc", "deu", "cung"].map(WordKey.of))

    /// Gives the mentions without a relation the one stated right after them.
    static func assign(_ matches: inout [Match], in bytes: [UInt8]) {
        guard !matches.isEmpty else { return }
        // Through the buffers: reading a field of an array element may copy the whole ``Match``.
        bytes.withUnsafeBufferPointer { buffer in
            let matcher = Matcher(buffer: buffer)
            matches.withUnsafeMutableBufferPointer { matches in
                // Backwards, so that a list's last member hands its relation to the members before it.
                var following: (relation: Relation, trigger: Range<Int>)?
                // The mention that holds `following`: the one it was stated for, or the last that took it from the
                // member after it.
                var shared = -1
                for index in matches.indices.reversed() where matches[index].relation == nil {
                    let fieldsEnd = matches[index].fieldsEnd
                    let nextStart = index + 1 < matches.count ? matches[index + 1].range.lowerBound : matcher.count
                    if let stated = matcher.postposedRelation(after: fieldsEnd)
                        ?? matcher.endAfterSubject(from: fieldsEnd, before: nextStart) {
                        matches[index].relation = stated
                        following = stated
                        shared = index
                    } else if let relation = following, index + 1 < matches.count,
                              matches[index + 1].relation?.trigger == relation.trigger,
                              matcher.isListContinuation(from: fieldsEnd, to: nextStart) {
                        matches[index].relation = relation
                        shared = index
                    } else if let relation = following, index + 1 < matches.count,
                              matches[index + 1].relation?.trigger == relation.trigger,
                              matcher.tellsAmendedBy(from: fieldsEnd, to: nextStart) {
                        // `Khoản 9 Điều 4 Luật Xây dựng số 50/2014/QH13 đã được sửa đổi, bổ sung bởi Luật số
                        // 62/2020/QH14 được sửa đổi, bổ sung như sau:`: the law named first is the one amended, the
                        // one after it its chain, in the same relation.
                        matches[index].relation = relation
                        shared = index
                    } else if let relation = following, shared == index + 1,
                              matcher.opensSubject(from: fieldsEnd, before: nextStart) {
                        // The member after stands inside this one's subject (`Nghị định số 209/2013/NĐ-CP … quy
                        // định chi tiết … Luật Thuế giá trị gia tăng; Nghị định số 12/2015/NĐ-CP … hết hiệu lực`):
                        // this one is the list's member, and the other a plain reference. So is a mention the
                        // relation was stated for (`Nghị định số 130/2018/NĐ-CP … quy định chi tiết thi hành Luật
                        // Giao dịch điện tử về … hết hiệu lực`).
                        matches[index].relation = relation
                        matches[index + 1].relation = nil
                        shared = index
                    } else {
                        following = nil
                    }
                }
            }
        }
    }
}

extension Matcher {
    /// The relation a passive phrase right after `end` states, with the phrase's range.
    func postposedRelation(after end: Int) -> (relation: Relation, trigger: Range<Int>)? {
        var cursor = end
        skipSpaces(&cursor, limit: 4)
        // `… Nghị định số 146/2017/NĐ-CP⏎hết hiệu lực …`: a line that only wraps its sentence.
        skipWrappedLineBreak(&cursor)
        guard cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return nil }
        // Most mentions are followed by anything else: one key read turns them down.
        var first = wordEndAndKey(from: cursor, limit: count).key
        // `các quy định tại Thông tư số 34/2018/TT-BTC trái với Thông tư này bị bãi bỏ`: what in it conflicts with
        // the citing document.
        if first == WordKey.trai {
            var probe = cursor
            guard expectWord("trai", &probe), expectWord("voi", &probe), let own = ownNameObject(after: probe) else {
                return nil
            }
            cursor = own
            skipSpaces(&cursor, limit: 2)
            guard cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return nil }
            first = wordEndAndKey(from: cursor, limit: count).key
        }
        guard PostposedRelations.firstWords.contains(first) else { return nil }
        var start = cursor
        // `đều hết hiệu lực`, `cũng được bãi bỏ`.
        var adverb = cursor
        if expectWord("deu", &adverb) || expectWord("cung", &adverb) {
            cursor = adverb
            skipSpaces(&cursor, limit: 2)
            start = cursor
        }
        for phrase in PostposedRelations.phrases {
            var wordsEnd = cursor
            guard phrase.words.allSatisfy({ expectWord($0, &wordsEnd) }) else { continue }
            // `sửa đổi, bổ sung`: the trigger runs to the end of the pair.
            var pairEnd = wordsEnd
            if phrase.relation == .amends, pairEnd < count, p[pairEnd] == 0x2C {
                pairEnd += 1
                if expectWord("bo", &pairEnd) && expectWord("sung", &pairEnd) { wordsEnd = pairEnd }
            }
            guard let agent = agentIsCitingDocument(after: wordsEnd) else { return nil }
            // `Nghị định 168 được sửa đổi.` may tell what happened to it; `… được sửa đổi, bổ sung như sau:` is the
            // citing document amending it.
            if phrase.relation == .amends || phrase.relation == .corrects {
                guard agent || clauseSays(from: wordsEnd) else { return nil }
            }
            return (phrase.relation, start..<wordsEnd)
        }
        return nil
    }

    /// `hết hiệu lực` (not `đã hết hiệu lực`, a past fact) at the end of the subject that opens at `end` (`quy định …`,
    /// `về …`, `hướng dẫn …`, `ban hành …`, `sửa đổi …`), in the same clause and before `limit`, the next mention. A
    /// clause that opens with `(đã) được sửa đổi` names the amending documents before it (`… đã được sửa đổi, bổ sung
    /// một số điều theo Luật số 35/2018/QH14 (sau đây gọi là …) hết hiệu lực`), so it may run past `limit`, 600 bytes.
    func endAfterSubject(from end: Int, before limit: Int) -> (relation: Relation, trigger: Range<Int>)? {
        var cursor = end
        skipSpaces(&cursor, limit: 4)
        // `… của Chính phủ⏎quy định về … hết hiệu lực`: a line that only wraps its sentence.
        skipWrappedLineBreak(&cursor)
        guard cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return nil }
        let first = wordEndAndKey(from: cursor, limit: count).key
        var stop = min(limit, cursor + 400, count)
        if first == WordKey.da || first == WordKey.duoc {
            _ = expectWord("da", &cursor)
            guard expectWord("duoc", &cursor), expectWord("sua", &cursor), expectWord("doi", &cursor) else {
                return nil
            }
            stop = min(cursor + 600, count)
        } else {
            guard first == WordKey.quy || first == WordKey.ve || first == WordKey.huong || first == WordKey.ban
                    || first == WordKey.sua else { return nil }
        }
        // The clause is searched for `hết` sixteen bytes at a time (`vietcite_clause_het`): most subjects hold none.
        // A line break that only wraps the clause (text from PDF) does not end it.
        var het = -1
        var from = cursor
        while from < stop {
            var clauseEnd = 0
            het = vietcite_clause_het(p, from, stop, &clauseEnd)
            guard het < 0, clauseEnd < stop, p[clauseEnd] == 0x0A || p[clauseEnd] == 0x0D,
                  let next = softLineBreakEnd(at: clauseEnd) else { break }
            from = next
        }
        guard het >= 0 else { return nil }
        var after = het
        guard expectWord("het", &after) && expectWord("hieu", &after) && expectWord("luc", &after) && after <= stop,
              wordBefore(het).map({ isWord($0, "da") }) != true
        else { return nil }
        return (.ends, het..<after)
    }

    /// True when the text from `end` to `start` is a subject in the same clause: it opens with `quy định`, `về`,
    /// `hướng dẫn`, `ban hành` or `sửa đổi`, and holds no `;`, `:`, end of sentence, nor line break but one that only
    /// wraps the sentence.
    func opensSubject(from end: Int, before start: Int) -> Bool {
        var cursor = end
        skipSpaces(&cursor, limit: 4)
        skipWrappedLineBreak(&cursor)
        guard cursor < start, Tokenizer.isWordStart(p, cursor, count) else { return false }
        let first = wordEndAndKey(from: cursor, limit: count).key
        guard first == WordKey.quy || first == WordKey.ve || first == WordKey.huong || first == WordKey.ban
                || first == WordKey.sua else { return false }
        for mark: UInt8 in [0x3B, 0x3A] where vietcite_find_byte(p, cursor, start, mark) < start {
            return false
        }
        // A line break ends the subject unless it only wraps its sentence.
        var lineBreak = vietcite_find_byte(p, cursor, start, 0x0A)
        while lineBreak < start {
            guard softLineBreakEnd(at: lineBreak) != nil else { return false }
            lineBreak = vietcite_find_byte(p, lineBreak + 1, start, 0x0A)
        }
        return !endsSentence(in: cursor..<start)
    }

    /// True when the words from `end` to `start` tell that the mention before `end` was amended by the one at
    /// `start`: `đã được sửa đổi, bổ sung bởi …`, `được sửa đổi, bổ sung một số điều theo …`, `đã được sửa đổi tại …`.
    func tellsAmendedBy(from end: Int, to start: Int) -> Bool {
        guard start > end, start - end <= 90 else { return false }
        var words: [Range<Int>] = []
        var cursor = end
        while words.count < 9 {
            if cursor < start && p[cursor] == 0x2C { cursor += 1 }
            guard let word = wordAfter(cursor), word.upperBound <= start else { break }
            words.append(word)
            cursor = word.upperBound
        }
        guard let last = words.last, isWord(last, "theo") || isWord(last, "boi") || isWord(last, "tai"),
              wordAfter(last.upperBound)?.lowerBound == start || skipsToStart(from: last.upperBound, start) else {
            return false
        }
        var index = words.first.map { isWord($0, "da") } == true ? 1 : 0
        for folded: StaticString in ["duoc", "sua", "doi"] {
            guard index < words.count, isWord(words[index], folded) else { return false }
            index += 1
        }
        if index + 1 < words.count, isWord(words[index], "bo"), isWord(words[index + 1], "sung") { index += 2 }
        if index + 2 < words.count, isWord(words[index], "mot"), isWord(words[index + 1], "so"),
           isWord(words[index + 2], "dieu") {
            index += 3
        }
        return index == words.count - 1
    }

    /// True when only spaces stand between `end` and `start`.
    private func skipsToStart(from end: Int, _ start: Int) -> Bool {
        var cursor = end
        skipSpaces(&cursor, limit: 2)
        return cursor == start
    }

    /// After `bởi`, `bằng`, `theo` or `tại`: true when the agent is the citing document (`bởi Thông tư này`), nil when
    /// it is another (`bởi Nghị định số 123/2021/NĐ-CP`). False when no agent is named.
    private func agentIsCitingDocument(after end: Int) -> Bool? {
        var cursor = end
        guard expectWord("boi", &cursor) || expectWord("bang", &cursor) || expectWord("theo", &cursor)
                || expectWord("tai", &cursor) else { return false }
        // The agent's type word (one to three words), then `này`.
        for _ in 0..<4 {
            skipSpaces(&cursor, limit: 2)
            guard cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return nil }
            let wordEnd = Tokenizer.wordEnd(p, from: cursor, count)
            if isWord(cursor..<wordEnd, "nay") { return true }
            cursor = wordEnd
        }
        return nil
    }

    /// True when `như sau` ends the clause that goes on at `start` (within 80 bytes, before `.`, `;` or a line
    /// break): `… được sửa đổi, bổ sung như sau:`.
    private func clauseSays(from start: Int) -> Bool {
        var cursor = start
        while cursor < count && cursor - start < 80 {
            let byte = p[cursor]
            // A line that only wraps the clause (`… được sửa đổi, bổ sung⏎như sau:`) goes on.
            if byte == 0x0A || byte == 0x0D, let next = softLineBreakEnd(at: cursor) {
                cursor = next
                continue
            }
            if byte == 0x2E || byte == 0x3B || byte == 0x0A || byte == 0x0D { return false }
            if Tokenizer.isWordStart(p, cursor, count) {
                var after = cursor
                if expectWord("nhu", &after) && expectWord("sau", &after) { return true }
                cursor = Tokenizer.wordEnd(p, from: cursor, count)
            } else {
                cursor += 1
            }
        }
        return false
    }
}
