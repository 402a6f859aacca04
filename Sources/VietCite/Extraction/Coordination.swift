/// Coordinated mentions share what is written once after the last of them:
/// `Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI)`.
enum Coordination {
    /// The body an issuer code names (`CP`, `TTg`, `TW`; `QH15` → `QH`; a code of two capitals or more that is no
    /// type code, `VP`, `TCT`, `CTHN`, with a committee's term after it, `UBPLTP15` → `UBPLTP`), or nil for a code
    /// that names none or is misread (a type code standing alone, `107/2020/NĐ`; a cut code, `NĐ-P`).
    static func body(named code: String?) -> String? {
        guard let code else { return nil }
        if Vocabulary.stateIssuers.contains(code) || Vocabulary.partyIssuers.contains(code) { return code }
        for assembly in ["UBTVQH", "QH"] where code.hasPrefix(assembly) && code.count > assembly.count
            && code.dropFirst(assembly.count).allSatisfy(\.isNumber) {
            return assembly
        }
        // A committee of the National Assembly writes its term after it (`UBPLTP15` → `UBPLTP`).
        let letters = code.prefix { !$0.isNumber }
        guard letters.count >= 2, letters.allSatisfy(\.isUppercase),
              code.dropFirst(letters.count).allSatisfy(\.isNumber),
              Vocabulary.typeName(code: String(letters), party: false) == nil
        else { return nil }
        return String(letters)
    }

    /// True when the date written after `matches[next]` is that member's alone: a comma joins it to the member
    /// before and another to the member after (`Quy định 37-QĐ/TW, Quy định số 22-QĐ/TW ngày 28/7/2021, Quy định
    /// 69-QĐ/TW`), or it closes a list parted by commas with its type word written and its date right after its
    /// symbol (`Quy định 105-QĐ/TW, Quy định số 08-QĐi/TW ngày 25/10/2018`). A date set off by a comma after the last
    /// member (`…, Quyết định số 218-QĐ/TW, ngày 12/12/2013`, `… cùng ngày`), or after `và`, is written once for the
    /// list. The documents of one plenum bear its date (`Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW ngày
    /// 25/10/2017 của Hội nghị Trung ương 6 khóa XII`).
    static func datesItsOwnMember(_ matches: [Match], _ next: Int, in matcher: Matcher) -> Bool {
        let member = matches[next]
        guard member.dateEnd > member.range.upperBound,
              matcher.isCommaJoint(from: matches[next - 1].fieldsEnd, to: member.range.lowerBound)
        else { return false }
        if let issuer = member.issuerRange, matcher.namesPlenum(issuer) { return false }
        if member.hasTypeWord && matcher.dateFollows(member.range.upperBound) { return true }
        return next + 1 < matches.count
            && matcher.isCommaJoint(from: member.fieldsEnd, to: matches[next + 1].range.lowerBound)
    }

    /// The index of the first mention of each symbol that has a date of its own, keyed by ``symbolKey(_:)``: a
    /// `Dictionary` of strings cost a SipHash of every dated symbol of the document. Two symbols may share a key: the
    /// caller compares the symbol of the mention it finds.
    static func firstDated(_ matches: [Match]) -> WordKeyTable<Int> {
        var pairs: [(UInt64, Int)] = []
        for index in matches.indices.reversed() where matches[index].date != nil {
            if let symbol = matches[index].symbol { pairs.append((symbolKey(symbol), index)) }
        }
        // A later pair replaces an earlier one: the first mention is added last.
        return WordKeyTable(pairs)
    }

    /// FNV-1a of the symbol's bytes (``Resolution/ShortKey/digest(_:into:)``), never 0 (the key no table stores).
    static func symbolKey(_ symbol: String) -> UInt64 {
        let hash = Resolution.ShortKey.digest(symbol, into: 0xCBF2_9CE4_8422_2325)
        return hash == 0 ? 1 : hash
    }

    /// Dates written for a list's members in turn after its last (`Kết luận số 126-KL/TW, 127-KL/TW ngày 14/02/2025,
    /// 28/02/2025`): each member takes its own when there are as many dates as members, none of which states a date
    /// of its own. Otherwise the last keeps the first date it read, as the members before it do.
    static func giveRespectiveDates(_ matches: inout [Match], last: Int, matcher: Matcher) {
        guard let firstDate = matches[last].date else { return }
        let later = matcher.laterDates(after: matches[last].respectiveDatesStart)
        // True when the mention at `index` goes on the list of the one before.
        func continuesList(_ index: Int) -> Bool {
            matcher.continuesListInClause(from: matches[index - 1].fieldsEnd, to: matches[index].range.lowerBound)
        }
        var first = last
        while first > 0, last - first < later.count, matches[first - 1].date == nil, continuesList(first) {
            first -= 1
        }
        guard last - first == later.count, first == 0 || !continuesList(first) else { return }
        matches[first].date = firstDate
        for (offset, date) in later.enumerated() { matches[first + offset + 1].date = date.date }
    }

    /// True when `matches[index]`, a member after a mention inside the subject of the sentence's first (`Tỉnh ủy đã
    /// ban hành Chương trình hành động số 45-CTr/TU thực hiện Nghị quyết 57 và Kế hoạch số 310-KH/TU …`), is the
    /// issuing body's again: it has its type word, its symbol names that body, and the mention before names none or
    /// another (`… triển khai Quyết định số 5/QĐ-UBND và Quyết định số 7/QĐ-UBND` stays inside the subject). Not `TW`,
    /// which the Politburo, the Secretariat and the Central Committee all write.
    static func leavesSubject(_ matches: [Match], _ index: Int, body: String?, matcher: Matcher) -> Bool {
        guard namesIssuingBody(matches, index, body: body), Self.body(named: matches[index - 1].issuerCode) != body
        else { return false }
        return matcher.isListContinuation(from: matches[index - 1].fieldsEnd, to: matches[index].range.lowerBound)
    }

    /// True when `matches[index]`, with its type word and a symbol that names the issuing body, follows the subject of
    /// the mention before and `và` (`… Nghị quyết số 03-NQ/ĐU ngày 20/8/2025 về công tác cán bộ và Quy chế làm việc số
    /// 02-QC/ĐU`): a second document the body issued. Not `TW` (``leavesSubject(_:_:body:matcher:)``): `Ban Bí thư đã
    /// ban hành Chỉ thị 35-CT/TW … về đại hội đảng bộ các cấp và Quy định số 144-QĐ/TW` names the Politburo's rule.
    static func followsSubject(_ matches: [Match], _ index: Int, body: String?, matcher: Matcher) -> Bool {
        guard namesIssuingBody(matches, index, body: body) else { return false }
        return matcher.joinsAfterSubject(from: matches[index - 1].fieldsEnd, to: matches[index].range.lowerBound)
    }

    /// True when `matches[index]` (not the first) has its type word and a symbol that names the issuing `body`, and
    /// that body is not the central `TW`.
    private static func namesIssuingBody(_ matches: [Match], _ index: Int, body: String?) -> Bool {
        guard index > 0, let body, body != "TW", matches[index].hasTypeWord else { return false }
        return Self.body(named: matches[index].issuerCode) == body
    }

    /// Gives `matches[index]`, when it has none, the issuer written after the next mention. Only one written after
    /// it is shared: a congress named in the next one's name (`Kết luận 21-KL/TW và Nghị quyết Đại hội Đảng bộ tỉnh
    /// lần thứ XX`) is that document's alone.
    private static func takeIssuer(_ matches: inout [Match], _ index: Int) {
        guard matches[index].issuerRange == nil, let issuer = matches[index + 1].issuerRange,
              issuer.lowerBound >= matches[index + 1].range.upperBound else { return }
        matches[index].issuerRange = issuer
    }

    static func shareFields(_ matches: inout [Match], in bytes: [UInt8]) {
        guard !matches.isEmpty else { return }
        bytes.withUnsafeBufferPointer { buffer in
            let matcher = Matcher(buffer: buffer)
            // The first mention of each symbol that states its own date, built when first needed (before any is
            // shared).
            var datedFirst: WordKeyTable<Int>?
            // Walk backwards so a date at the end of a long list reaches its first member.
            for index in stride(from: matches.count - 2, through: 0, by: -1) {
                // Fields read in place: a copy of a whole ``Match`` retains each of its strings.
                let currentEnd = matches[index].fieldsEnd
                let next = index + 1
                // Before the list's members share: they may each have a date of their own written after the last.
                if matches[next].respectiveDatesStart > 0 {
                    giveRespectiveDates(&matches, last: next, matcher: matcher)
                }
                // Shared across `và`, along a list of one type (`Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW,
                // ngày …`) or into a bare continuation (`…, 107/2020/NĐ-CP`); mentions of different types joined
                // by a comma (`Nghị quyết số 25-NQ/TW, Kết luận số 114-KL/TW ngày …`) keep their fields apart.
                // A document named by its plenum or congress has no date or issuer to share, and the items of a list
                // parted by `;` (a `Căn cứ` preamble's) each carry their own.
                let nextStart = matches[next].range.lowerBound
                // A member may open with its pinpoint (`… Điều 3 Thông tư số 187/2013/TT-BTC ngày 05/12/2013 và khoản 2
                // Điều 5 Thông tư số 10/2021/TT-BTC ngày 26/01/2021 của Bộ trưởng Bộ Tài chính`).
                let nextListStart = matches[next].pinpointRange.map { max(currentEnd, $0.lowerBound) } ?? nextStart
                // A document restated alone in parentheses right after its mention (`Luật Tổ chức chính quyền địa
                // phương (Luật số 77/2015/QH13) ngày 19/6/2015`): the date and issuer after them are both mentions'.
                if matches[index].date == nil && matches[index].issuerRange == nil,
                   matcher.restates(after: currentEnd, at: nextStart),
                   matcher.closesParenthesis(after: matches[next].range.upperBound) {
                    matches[index].date = matches[next].date
                    matches[index].issuerRange = matches[next].issuerRange
                    continue
                }
                // A short form of another type (`Thông tư 32 và Nghị định số 96/2023/NĐ-CP ngày 30/12/2023`) names a
                // document cited in full elsewhere: the date after the next is not its own.
                guard matches[index].family != "name",
                      matcher.continuesListInClause(from: currentEnd, to: nextListStart),
                      !matches[next].hasTypeWord || matches[next].type == matches[index].type
                        || matches[index].family != "short" && matcher.containsWord("va", in: currentEnd..<nextStart)
                else { continue }
                // Nothing written after the next mention is this one's when the two symbols name different issuers
                // (`Nghị quyết số 43/2022/QH15 và Nghị quyết 11/NQ-CP … của Chính phủ`, `Chỉ thị 45-CT/TW và Quyết
                // định số 1500/QĐ-TTg ngày 3/12/2024 của Thủ tướng Chính phủ`).
                let body = Self.body(named: matches[index].issuerCode)
                let nextBody = Self.body(named: matches[next].issuerCode)
                if let body, let nextBody, body != nextBody { continue }
                // Nor when this one states a term of its own that is not the next one's (`Nghị quyết 26-NQ/TW (khóa
                // X) và Kết luận số 97-KL/TW ngày 15/5/2014 của Hội nghị Trung ương 9 (khóa XI)`). The assembly's
                // symbols name the same body in every term: its name is shared, not the date (`Luật số 21/2017/QH14 và
                // Nghị quyết 61/2022/QH15 của Quốc hội`).
                if let term = matches[index].term, let nextTerm = matches[next].term, term != nextTerm {
                    if body == "QH" || body == "UBTVQH", nextBody == body { Self.takeIssuer(&matches, index) }
                    continue
                }
                // Nor when the document gave this symbol another date before (`Chỉ thị số 45-CT/TW ngày 14/4/2025 …`,
                // then `Quán triệt Chỉ thị 45-CT/TW và Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị …`).
                if matches[index].date == nil, let symbol = matches[index].symbol, let nextDate = matches[next].date {
                    if datedFirst == nil { datedFirst = Self.firstDated(matches) }
                    if let first = datedFirst?[Self.symbolKey(symbol)], first < index, matches[first].symbol == symbol,
                       let stated = matches[first].date, stated != nextDate {
                        continue
                    }
                }
                // A date written after the next mention is not this one's when this one has an issuer of its own
                // (`Công văn số 2345/VPCP-KGVX của Văn phòng Chính phủ và Công điện số 1063/CĐ-TTg ngày …`).
                // Nor is a date of another year than the one this symbol was numbered in, nor one after a member
                // whose year is written (`Công văn 5512/BGDĐT-GDTrH năm 2020 và Công văn số 3175/… ngày 21/7/2022`).
                // The issuer written after a date that is the next member's own is that member's too, where this one
                // is a short form, named in full elsewhere (`… quán triệt Nghị quyết 57, Nghị quyết số 03/NQ-CP ngày
                // 09/01/2025 của Chính phủ`); members that each state a date share it (`Nghị quyết số 57-NQ/TW ngày
                // 22/12/2024, Nghị quyết số 66-NQ/TW ngày 30/4/2025 … của Bộ Chính trị`).
                let ownDate = Self.datesItsOwnMember(matches, next, in: matcher)
                let takesIssuer = !ownDate || matches[index].family != "short" || matches[index].date != nil
                if matches[index].date == nil && matches[index].issuerRange == nil && matches[index].year == nil
                    && !ownDate && matches[index].symbolYear.map({ $0 == matches[next].date?.year }) ?? true {
                    matches[index].date = matches[next].date
                    matches[index].dateShared = true
                }
                let statesIssuer = matches[index].issuerRange != nil
                if takesIssuer { Self.takeIssuer(&matches, index) }
                // A name's term is part of the name (`Nghị quyết Đại hội XIII`), not a field written once for a list;
                // nor is a term written after the next one's issuer that of a member with an issuer of its own (`Kết
                // luận 43-KL/TW, ngày 07/01/2019 của Ban Bí thư và Chỉ thị 49-CT/TW … của Ban Bí thư (khoá XI)`).
                if matches[index].term == nil && matches[next].family != "name" && !statesIssuer {
                    matches[index].term = matches[next].term
                }
            }
            // `Thông tư số 03/2024/TT-BYT cùng ngày`: the date of the mention before.
            for index in matches.indices.dropFirst() where matches[index].date == nil && matches[index - 1].date != nil
                && matcher.saysSameDay(after: matches[index].range.upperBound) {
                matches[index].date = matches[index - 1].date
            }
            // An issuer stated before, `UBND phường đã ban hành kế hoạch số …; Quyết định số …`, holds for the
            // rest of the sentence.
            var sentenceIssuer: Range<Int>?
            // The body the symbol of the mention it was stated for names: a member whose symbol names another is not
            // that issuer's (`UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND … và Công văn số 20/SYT-NV`).
            var sentenceBody: String?
            // True when the mention before holds the sentence's issuer (stated before it or shared with it).
            var previousHolds = false
            // An issuer stated for one mention (`UBND tỉnh đã có Kế hoạch số …`) and the body its symbol names: it
            // holds for the members of that mention's list whose symbols name the same body (`… và Quyết định số …`).
            var listIssuer: Range<Int>?
            var listBody: String?
            var previousEnd = 0
            var previousFieldsEnd = 0
            for index in matches.indices {
                let start = matches[index].range.lowerBound
                let hasIssuer = matches[index].issuerRange != nil
                if sentenceIssuer != nil && !matcher.isSameSentence(previousEnd..<start) {
                    sentenceIssuer = nil
                }
                if !hasIssuer, let stated = matcher.issuerBefore(start, after: previousFieldsEnd,
                                                                  allowsHas: matches[index].symbol != nil),
                   !matcher.signsForGovernment(stated.range, code: matches[index].issuerCode) {
                    matches[index].issuerRange = stated.range
                    if stated.coversSentence {
                        sentenceIssuer = stated.range
                        sentenceBody = Self.body(named: matches[index].issuerCode)
                        listIssuer = nil
                    } else {
                        listIssuer = stated.range
                        listBody = Self.body(named: matches[index].issuerCode)
                    }
                    previousHolds = stated.coversSentence
                } else if !hasIssuer, let issuer = listIssuer,
                          matcher.continuesListInClause(from: previousFieldsEnd, to: start),
                          listBody == nil || Self.body(named: matches[index].issuerCode) == listBody {
                    matches[index].issuerRange = issuer
                } else if !hasIssuer, let sentenceIssuer,
                          matcher.follows(0x3B, before: start) || matcher.continuesIssuing(before: start)
                            || previousHolds
                            && (matcher.isListContinuation(from: previousFieldsEnd, to: start)
                                || matcher.isListContinuation(from: previousEnd, to: start))
                            || Self.leavesSubject(matches, index, body: sentenceBody, matcher: matcher)
                            || previousHolds
                            && Self.followsSubject(matches, index, body: sentenceBody, matcher: matcher) {
                    // Members of the list the issuer opened, and clauses after `;`; a mention inside a subject
                    // (`… ban hành Thông tư số 80 hướng dẫn Luật Quản lý thuế và Nghị định …`) is another body's.
                    if sentenceBody == nil || Self.body(named: matches[index].issuerCode).map({ $0 == sentenceBody })
                        ?? true {
                        matches[index].issuerRange = sentenceIssuer
                    }
                    previousHolds = true
                } else {
                    previousHolds = false
                }
                // `Tại Công văn số 1234/BTC-NSNN ngày 12/2/2025, Bộ Tài chính hướng dẫn …`: the body that states it.
                // (A comma right after the fields first, in place: most mentions have none.)
                let fieldsEnd = matches[index].fieldsEnd
                if matches[index].issuerRange == nil, fieldsEnd + 1 < buffer.count,
                   buffer[fieldsEnd] == 0x2C || buffer[fieldsEnd] == 0x20 && buffer[fieldsEnd + 1] == 0x2C,
                   let code = matches[index].issuerCode,
                   let stater = matcher.statingBody(after: fieldsEnd, mention: start, code: code) {
                    matches[index].issuerRange = stater
                }
                // The list of the mention the issuer was stated for ends at the first member that does not take it.
                if listIssuer != nil && matches[index].issuerRange != listIssuer { listIssuer = nil }
                previousEnd = matches[index].range.upperBound
                previousFieldsEnd = matches[index].fieldsEnd
            }
        }
    }
}
