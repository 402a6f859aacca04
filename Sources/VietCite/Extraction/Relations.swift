internal import CVietCiteScan

/// The relation each mention's sentence states (`documents.md` §7.4): `Căn cứ Luật …;` is a basis,
/// `… thay thế Quyết định số …` a replacement; a mention with no trigger is a plain reference (`dẫn chiếu`).
///
/// The trigger is the nearest one before the first mention of its sentence; members of a list share it. A
/// mention inside the subject of another (`Thông tư số 01 hướng dẫn thi hành Nghị định số 02`) is a plain
/// reference: the trigger belongs to the outer citation's subject, not to the citing document.
enum Relations {
    /// The state of the relation pass between one mention and the next: the scan assigns each mention's
    /// relation as it appends it, while the text before it is still in cache (a pass after the scan reads it back
    /// from memory, mention by mention, on a large document).
    struct Tracker {
        private var sentenceStart = -1
        private var sentenceRelation: (relation: Relation, trigger: Range<Int>)?
        /// The relation of the last mention that was a member of its clause's list, not one named inside another's
        /// subject (`a) Nghị định số 43/2014/NĐ-CP … quy định chi tiết thi hành … Luật Đất đai;`): what the next line's
        /// item continues.
        private var listRelation: (relation: Relation, trigger: Range<Int>)?
        /// True when ``listRelation`` is that of a labelled list under a line that ends with `:` (`Bãi bỏ các quyết
        /// định sau:⏎1. Quyết định số …`), whose next item is known by its label, however the one before ended.
        private var underColon = false
        /// The last sentence boundary before the current mention, found by one forward walk.
        private var boundary = 0
        private var walked = 0
        /// The quotation marks before the current mention.
        private var quotes = QuoteWalk()

        /// Assigns the relation of `matches[index]`; the mentions before it must have theirs, and their fields
        /// must be final (the scan cuts the fields of the one before when it appends the next).
        mutating func assign(_ matches: inout [Match], at index: Int, matcher: Matcher) {
            let start = matches[index].range.lowerBound
            // A list member may open with its pinpoint (`Bãi bỏ khoản 3 Điều 5 Thông tư số 12 và Điều 7 Quyết định
            // số 15`).
            let listStart = matches.withUnsafeBufferPointer { $0[index].pinpointRange?.lowerBound } ?? start
            // A `;` inside the pinpoint (`Căn cứ khoản 2 Điều 51; Điều 54 của Bộ luật …`) parts no clauses.
            boundary = matcher.lastBoundary(in: walked..<max(walked, listStart)) ?? boundary
            walked = max(walked, start)
            let begin = boundary
            // The mention before, by field (copying a whole ``Match`` is costly).
            let previousEnd = index > 0 ? matches[index - 1].range.upperBound : 0
            let previousFieldsEnd = index > 0 ? matches[index - 1].fieldsEnd : 0
            if begin != sentenceStart || index == 0 || previousEnd <= begin {
                // The first mention of its sentence; a clause that is only a mention (`Căn cứ Luật A; Luật B;`,
                // `…; các Nghị quyết số 05, 06`, `- Nghị định B;`) continues the clause before it, on the same line
                // or on the next after a line that ends with `;`, when the mention before stands in that line.
                // The first item of a list under a line that ends with `:` (`Căn cứ:⏎- Điều lệ Đảng;`) takes the
                // trigger of that line. (The cheap tests of the line's ends first: most sentences are neither.)
                let afterSemicolon = matcher.followsSemicolon(begin)
                let introduction = afterSemicolon ? nil
                    : matcher.colonIntroduction(before: begin)
                        ?? (begin > 0 && matcher.p[begin - 1] == 0x0A ? matcher.basisHeading(before: begin) : nil)
                // A member may open with its pinpoint (`…; khoản 2, khoản 3 Điều 21 Thông tư số 92/2015/TT-BTC; …`).
                let onlyMention = (afterSemicolon || introduction != nil)
                    && (matcher.holdsOnlyListLead(begin..<listStart)
                        || !matches[index].hasTypeWord && matcher.holdsOnlyListLead(
                            begin..<(matcher.typeWordBeforeIssuer(start) ?? listStart)))
                // On the next line, the mention must be the line's item (`Luật Đất đai năm 2024;`), not the subject
                // of a sentence of its own (`Nghị định số 70/2025/NĐ-CP sửa đổi, bổ sung …`).
                // A line that states its own relation after its list (`Các Thông tư số 01/2024/TT-BTC, 02/2024/TT-BTC
                // đã hết hiệu lực.`) is a sentence of its own too.
                // An item that opens with its label (`b) Nghị định số 01/2017/NĐ-CP … sửa đổi, bổ sung …;`) is the
                // list's, subject and all.
                // On the same line, no sentence may end between the mention before and the `;` (`… của UBND tỉnh.⏎Hồ
                // sơ gồm: dự thảo Quyết định; Báo cáo thẩm định số 98/BC-STP …` continues no list of the sentence
                // before).
                // A `;` that ends a line of a wrapped paragraph is as one inside a line (`Căn cứ khoản 1 Điều 28,
                // …⏎Điều 273 Bộ luật Tố tụng dân sự năm 2015;⏎Điều 26 Nghị quyết số 326/2016/UBTVQH14 … quy định
                // về …`).
                let wrappedSemicolon = afterSemicolon && onlyMention && matcher.p[begin - 1] != 0x3B
                    ? matcher.semicolonEndingWrappedLine(before: begin) : nil
                let semicolon = matcher.p[begin - 1] == 0x3B ? begin - 1 : wrappedSemicolon
                let continuesClause = afterSemicolon && onlyMention
                    && (semicolon.map { (semicolon: Int) -> Bool in
                            !matcher.endsSentence(in: min(previousFieldsEnd, semicolon)..<semicolon)
                        } ?? (index > 0 && matcher.endsOneLine(previousEnd..<begin)
                            && (matcher.endsListItem(at: matches.withUnsafeBufferPointer { $0[index].fieldsEnd })
                                || matcher.opensWithLabel(begin..<listStart)
                                || matcher.lineEndsWithSemicolon(after: start))
                            && !matcher.lineStatesRelation(after: start)))
                sentenceStart = begin
                // The next item of a labelled list under `:`, whatever ends the item before (`1. Quyết định số
                // 12/2018/QĐ-UBND … trên địa bàn tỉnh.⏎2. Quyết định số 40/2019/QĐ-UBND …`; a `;` inside it that
                // ends a line).
                let continuesItems = !continuesClause && underColon && introduction == nil
                    && matcher.followsPreviousItem(listStart, previousEnd: previousEnd)
                    && !matcher.lineStatesRelation(after: start)
                underColon = continuesItems || (onlyMention && introduction != nil) || (continuesClause && underColon)
                if continuesItems {
                    sentenceRelation = listRelation
                } else if !continuesClause {
                    let sentence = max(begin, start - 400)..<start
                    if onlyMention, let introduction {
                        // Not an introduction in the passive (`Điều 1 … được sửa đổi, bổ sung như sau:`), nor one of
                        // new text (`Sửa đổi khoản 2 Điều 4 Nghị định số 15/2020/NĐ-CP như sau:`): the lines after it
                        // are the new text, and the documents they name are plain references.
                        var introduced = matcher.nearestTrigger(in: introduction)
                        // `Thực hiện Nghị quyết số 14/NQ-HĐND của HĐND tỉnh, Sở Tư pháp đề nghị … rà soát các văn bản
                        // sau:`: after the mentions its trigger took, a comma and a new subject open another clause,
                        // whose verb the list is the object of.
                        if let trigger = introduced?.trigger, index > 0, previousEnd > trigger.upperBound,
                           previousEnd <= introduction.upperBound,
                           let clause = matcher.newClause(from: previousFieldsEnd, to: introduction.upperBound) {
                            introduced = matcher.nearestTrigger(in: clause)
                        }
                        sentenceRelation = introduced.map { matcher.isPassive($0.trigger.lowerBound) } == true
                            || matcher.endsWithNhuSau(introduction)
                            ? matcher.nearestTrigger(in: sentence) : introduced
                    } else {
                        sentenceRelation = matcher.nearestTrigger(in: sentence)
                        // `Rà soát, sửa đổi Quy chế làm việc theo Quy định số 24-QĐ/TW`: the act is the Quy chế's.
                        if let act = sentenceRelation,
                           act.relation == .amends || act.relation == .replaces || act.relation == .repeals,
                           matcher.actsOnOtherObject(trigger: act.trigger, lead: listStart) {
                            sentenceRelation = nil
                        }
                    }
                } else if semicolon == nil {
                    // On the next line: the relation of the last member of the line before's list.
                    sentenceRelation = listRelation
                }
                matches[index].relation = sentenceRelation
                listRelation = sentenceRelation
            } else if matcher.restates(after: previousFieldsEnd, at: listStart) {
                // `Căn cứ Luật Tổ chức chính quyền địa phương (Luật số 77/2015/QH13)`, `Thực hiện Nghị quyết 57
                // (Nghị quyết số 57-NQ/TW …)`: the document before, restated in parentheses, in the same relation.
                matches[index].relation = matches[index - 1].relation
            } else if matcher.isListContinuation(from: previousFieldsEnd, to: listStart, plural: true)
                        || matcher.isListContinuation(from: previousEnd, to: listStart, plural: true) {
                // A full citation after a comma and a name inside the subject of another continues the sentence's
                // list, not the subject's (`Căn cứ … Quy định số 24-QĐ/TW … về thi hành Điều lệ Đảng, Hướng dẫn số
                // 06-HD/TW ngày 09/6/2022 của Ban Bí thư …`; not `… hướng dẫn thi hành … Luật Quản lý thuế và Nghị
                // định số 126/2020/NĐ-CP ngày … của Chính phủ`, nor a list whose date and issuer its last member
                // states).
                let resumesList = matches[index - 1].relation == nil && sentenceRelation != nil
                    && matches[index - 1].symbol == nil && matches[index - 1].number == nil
                    && Relations.isFull(matches[index]) && matcher.follows(0x2C, before: listStart)
                matches[index].relation = resumesList ? sentenceRelation : matches[index - 1].relation
                listRelation = matches[index].relation
            } else if matches[index].hasTypeWord, matcher.opensListItem(before: start) {
                matches[index].relation = sentenceRelation
                listRelation = sentenceRelation
            } else if let local = matcher.nearestTrigger(in: previousFieldsEnd..<start) {
                if matcher.opensListItem(before: local.trigger.lowerBound),
                   !matcher.joinsTrigger(before: local.trigger.lowerBound, from: previousFieldsEnd) {
                    matches[index].relation = local
                    listRelation = local
                } else if matcher.isAmendedBy(local.trigger.lowerBound) {
                    // `Luật A được sửa đổi, bổ sung bởi Luật B`: B belongs to the basis chain of A.
                    matches[index].relation = sentenceRelation
                }
            } else if let stated = sentenceRelation, stated.relation == .review || stated.relation == .proposal,
                      let tai = matcher.wordBefore(listStart), matcher.isWord(tai, "tai") {
                // `Xét đề nghị của Sở … tại Tờ trình số 245/TTr-SNNMT … và ý kiến thẩm định của Sở Tư pháp tại Báo cáo
                // số 178/BC-STP`: each opinion weighed is stated in a document of the sentence.
                matches[index].relation = sentenceRelation
            }
            // A trigger inside the quotation the mention stands in is the quoted text's, not the citing document's:
            // the new text of an amendment (`… được sửa đổi như sau:⏎"3. Doanh nghiệp thực hiện theo Quyết định số
            // 06/QĐ-TTg …"`), words a page quotes. After the own name (`“Nghị định này thay thế …”`), the act is the
            // quoted document's, which only a page without a header tells apart (``dropOtherDocumentsActs``).
            // (By the buffer: `matches[index].relation?.…` copied the whole ``Match``.)
            if let trigger = matches.withUnsafeBufferPointer({ $0[index].relation?.trigger.lowerBound }),
               let open = quotes.openingMark(before: start, in: matcher), open < trigger,
               matcher.ownNameType(before: trigger) == nil {
                matches[index].relation = nil
            }
        }
    }

    /// True when a mention is cited in full: its type word, its symbol, and a date or an issuer after it.
    fileprivate static func isFull(_ match: Match) -> Bool {
        match.hasTypeWord && match.symbol != nil && (match.date != nil || match.issuerRange != nil)
    }

    /// On a page no header names (a Q&A or news page), `Nghị định này thay thế …` tells another document's act, not
    /// the page's, and its mentions are plain references: inside quotation marks (the document's own words quoted),
    /// or, on a page that states no basis of its own, after a numbered mention of that type told as issued (news:
    /// `Chính phủ ban hành Nghị định 102/2024/NĐ-CP … Nghị định này … thay thế Nghị định 43/2014/NĐ-CP`). Text
    /// without a header, quotes or such a mention is taken as the document itself, as an article passed alone is.
    /// A mention that opens its sentence is that sentence's subject: what the sentence says it replaces, amends or
    /// repeals after it, it does (`Nghị định 168 có hiệu lực từ …, thay thế Nghị định 100/2019/NĐ-CP`), not the page.
    static func dropOtherDocumentsActs(_ matches: inout [Match], in bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            let matcher = Matcher(buffer: buffer)
            matches.withUnsafeMutableBufferPointer { matches in
                // The types of the numbered mentions told as issued so far, gathered on the one walk (linear).
                var issuedTypes: Set<String> = []
                // The same over the whole page, gathered once, when first needed.
                var pageIssuedTypes: Set<String>?
                // A basis whose sentence opens with the bare type word of a document told as issued is that
                // document's (news: `… ban hành Hướng dẫn số 25-HD/BTCTW …⏎Hướng dẫn căn cứ Quy định số 366-QĐ/TW`).
                // By index: a closure over the elements would copy each ``Match``.
                var statesBasis = false
                for index in matches.indices {
                    guard let start = matches[index].relation.flatMap({
                        $0.relation == .basis ? $0.trigger.lowerBound : nil
                    }) else { continue }
                    if let type = matcher.sentenceTypeSubject(before: start),
                       pageIssues(type, matches: matches, issued: &pageIssuedTypes, matcher: matcher) {
                        matches[index].relation = nil
                        continue
                    }
                    statesBasis = true
                }
                for index in matches.indices {
                    // The relation and its trigger's start alone: binding the relation through `?.` copied the whole
                    // ``Match``.
                    let stated = matches[index].relation.map { ($0.relation, $0.trigger.lowerBound) }
                    // (A trigger after its mention, `Thông tư số 68/2019/TT-BTC hết hiệu lực …`, has it for subject.)
                    if let (relation, start) = stated, relation.actsOnOthers, start < matches[index].range.lowerBound,
                       actedBySubject(matches, before: index, trigger: start, matcher: matcher)
                        || !statesBasis && actedByIssuedType(before: start, matches: matches, issued: &pageIssuedTypes,
                                                             matcher: matcher) {
                        matches[index].relation = nil
                    } else if let (relation, start) = stated {
                        // The own name right before the trigger (a byte test first), else, only where a document
                        // was told as issued and for what a document does to others, the one that opens the sentence.
                        let canBeNamed = !statesBasis && !issuedTypes.isEmpty
                        if let type = matcher.ownNameType(before: start) {
                            if canBeNamed && issuedTypes.contains(type) || matcher.isQuoted(start) {
                                matches[index].relation = nil
                            }
                        } else if canBeNamed, relation.actsOnOthers,
                                  let type = matcher.sentenceOwnNameType(before: start)
                                    ?? matcher.sentenceTypeSubject(before: start), issuedTypes.contains(type) {
                            matches[index].relation = nil
                        }
                    }
                    if !statesBasis, let type = issuedType(matches, index, matcher: matcher) {
                        issuedTypes.insert(type)
                    }
                }
            }
        }
    }

    /// The types of the pages that present or report on other documents, which enact nothing of their own.
    private static let presentingTypes: Set<String> = ["Tờ trình", "Báo cáo", "Công văn", "Văn bản", "Thông báo"]

    /// On a page that presents or reports on another document (its header a `Tờ trình`, `Báo cáo`, `Công văn` or
    /// `Thông báo`), what a document of another type named right before the trigger does, by its type word alone or
    /// by its own name, is that document's act, not the page's: `việc ban hành Nghị quyết thay thế Nghị quyết số
    /// 45/2022/NQ-HĐND`, the draft's own words quoted (`"Nghị quyết này thay thế …"`). The mentions are plain
    /// references.
    static func dropPresentedDocumentsActs(_ matches: inout [Match], header: Int?, in bytes: [UInt8]) {
        guard let header, let pageType = matches[header].type, presentingTypes.contains(pageType) else { return }
        bytes.withUnsafeBufferPointer { buffer in
            let matcher = Matcher(buffer: buffer)
            matches.withUnsafeMutableBufferPointer { matches in
                for index in matches.indices {
                    // (By index, the relation and its trigger's start alone: binding the element copies it.)
                    let stated = matches[index].relation.map { ($0.relation, $0.trigger.lowerBound) }
                    guard let (relation, trigger) = stated, relation.actsOnOthers,
                          trigger < matches[index].range.lowerBound,
                          let type = matcher.ownNameType(before: trigger) ?? matcher.typeWord(before: trigger)?.type,
                          type != pageType else { continue }
                    matches[index].relation = nil
                }
            }
        }
    }

    /// True when the trigger at `trigger` follows a type word told as issued, of a type the page names by number as
    /// issued somewhere (news: `Chính phủ ban hành Nghị định quy định chi tiết Luật Đất đai` over `… ban hành Nghị định
    /// số 102/2024/NĐ-CP …`): the act is that document's. Byte tests first; the page's issued types are gathered
    /// only when such a type word is first found, once (so the pass stays linear).
    private static func actedByIssuedType(before trigger: Int, matches: UnsafeMutableBufferPointer<Match>,
                                          issued: inout Set<String>?, matcher: Matcher) -> Bool {
        guard let head = matcher.typeWord(before: trigger), matcher.toldAsIssued(head.start) else { return false }
        return pageIssues(head.type, matches: matches, issued: &issued, matcher: matcher)
    }

    /// True when the page names a document of `type` by number as issued; the page's issued types are gathered into
    /// `issued` when first asked, once.
    private static func pageIssues(_ type: String, matches: UnsafeMutableBufferPointer<Match>,
                                   issued: inout Set<String>?, matcher: Matcher) -> Bool {
        if issued == nil {
            issued = Set(matches.indices.compactMap { issuedType(matches, $0, matcher: matcher) })
        }
        return issued!.contains(type)
    }

    /// The type of `matches[index]` when it is numbered and told as issued (`Chính phủ ban hành Nghị định số …`).
    /// By index: binding the element would copy the whole ``Match``.
    private static func issuedType(_ matches: UnsafeMutableBufferPointer<Match>, _ index: Int,
                                   matcher: Matcher) -> String? {
        guard matches[index].symbol != nil, matcher.toldAsIssued(matches[index].range.lowerBound) else { return nil }
        return matches[index].type
    }

    /// True when a mention before the trigger at `trigger`, in its sentence, opens that sentence: the sentence tells
    /// what that document does. A few mentions back at most, so the walk stays linear.
    private static func actedBySubject(_ matches: UnsafeMutableBufferPointer<Match>, before index: Int, trigger: Int,
                                       matcher: Matcher) -> Bool {
        var earlier = index - 1
        while earlier >= 0 && index - earlier <= 8 {
            let range = matches[earlier].range
            earlier -= 1
            // The trigger's other mentions (`thay thế Nghị định 100/2019/NĐ-CP và Nghị định 123/2021/NĐ-CP`).
            if range.lowerBound >= trigger { continue }
            guard range.upperBound <= trigger, matcher.lastBoundary(in: range.upperBound..<trigger) == nil else {
                return false
            }
            if matcher.opensSentence(at: range.lowerBound) { return true }
            // `Ban Tổ chức Trung ương ban hành Hướng dẫn số 25-HD/BTCTW về …, thay thế Hướng dẫn số 21-HD/BTCTW`: the
            // document told as issued is the subject of the verb after its comma.
            if matcher.toldAsIssued(range.lowerBound) && matcher.follows(0x2C, before: trigger) { return true }
            // `Luật Bảo hiểm xã hội năm 2024 (Luật số 41/2024/QH15), có hiệu lực từ 1/7/2025, thay thế Luật BHXH 2014`:
            // the document whose entry into force the sentence tells is what replaces.
            if matcher.tellsEntryIntoForce(after: matches[earlier + 1].fieldsEnd, before: trigger) { return true }
        }
        return false
    }

    /// The first word of `thi hành`, folded.
    static let thiWord: [UInt8] = Array("thi".utf8)

    /// The first word of `bổ sung`, folded.
    static let boWord: [UInt8] = Array("bo".utf8)

    /// Folded word sequences that state a relation, with the relation they state and the tone of their first word
    /// (0 for none, then grave, acute, hook, tilde, dot below: ``VietnameseLetters/Letter/tone``).
    static let triggers: [(words: [[UInt8]], relation: Relation, firstTone: UInt8)] = {
        let table: [(String, Relation)] = [
            ("căn cứ", .basis), ("thực hiện", .implements), ("sửa đổi bổ sung", .amends), ("sửa đổi", .amends),
            ("bổ sung", .amends),
            ("thay thế", .replaces), ("bãi bỏ", .repeals), ("quy định chi tiết", .details),
            // `Hướng dẫn thực hiện …` guides; without its two words, the nearer `thực hiện` would win.
            ("hướng dẫn thực hiện", .guides), ("hướng dẫn thi hành", .guides), ("hướng dẫn", .guides),
            ("hợp nhất", .consolidates), ("ban hành kèm theo", .annexOf), ("kèm theo", .annexOf),
            ("đình chỉ", .suspends), ("tạm ngưng hiệu lực", .suspendsEffect), ("nay công bố", .promulgates),
            ("hết hiệu lực", .ends), ("đính chính", .corrects), ("giải thích", .interprets),
            ("theo đề nghị", .proposal), ("xét", .review), ("thi hành", .implements),
            // The Assembly's resolutions open with these (`documents.md` §7.2); `xét` inside `xem xét` opens
            // no sentence, so the phrase is its own trigger.
            ("trên cơ sở xem xét", .review), ("trên cơ sở đề nghị", .proposal),
        ]
        return table.map { phrase, relation in
            let words = VietnameseKey.folded(phrase).split(separator: " ").map { Array($0.utf8) }
            let first = phrase.unicodeScalars.prefix { $0 != " " }
            let tones = first.compactMap { VietnameseLetters.letter($0.value)?.tone }.filter { $0 > 0 }
            return (words, relation, tones.first ?? 0)
        }
    }()

    /// Indices into ``triggers`` by the word key of their first word, in table order.
    static let triggersByFirstWord = WordKeyTable(Dictionary(grouping: triggers.indices) { index in
        WordKey.of(String(decoding: triggers[index].words[0], as: UTF8.self))
    }.map { ($0.key, $0.value) })

    /// The word keys of each trigger's words after the first.
    static let followingKeys: [[UInt64]] = triggers.map { trigger in
        trigger.words.dropFirst().map { WordKey.of(String(decoding: $0, as: UTF8.self)) }
    }
}

extension Relation {
    /// True for what a document does to the documents it names (replaces, amends, repeals, details, guides, suspends,
    /// ends, corrects), which news tells of a document by its own name; not `thực hiện`, which news says of bodies.
    var actsOnOthers: Bool {
        switch self {
        case .amends, .replaces, .repeals, .details, .guides, .suspends, .suspendsEffect, .ends, .corrects: true
        default: false
        }
    }
}

extension Matcher {
    /// The position after the last sentence or clause boundary in `range` (a line break, `;`, `!`, `?`, `. `; not
    /// the `. ` of an item's number, `1. Quyết định số …`).
    func lastBoundary(in range: Range<Int>) -> Int? {
        var found = lastBoundaryByte(in: range)
        // Rarely taken: the byte test stays alone in the loop, which passes every byte between mentions. A line break
        // that only wraps its sentence (text from PDF: `… quy định chi tiết một số⏎điều của Nghị quyết số …`) parts
        // nothing either.
        while let boundary = found, followsItemNumber(boundary) || wrapsSentence(before: boundary) {
            found = lastBoundaryByte(in: range.lowerBound..<boundary - 1)
        }
        return found
    }

    /// The last boundary byte of `range` (``isBoundary(before:)``), sixteen bytes at a time
    /// (`vietcite_last_clause_boundary`; its byte loop at scan level 0 is the reference the tests compare it with).
    /// The walk passes every byte between mentions: a byte loop here cost 0.6 instructions per byte of NFC text.
    @inline(__always)
    private func lastBoundaryByte(in range: Range<Int>) -> Int? {
        let found = vietcite_last_clause_boundary(p, range.lowerBound, range.upperBound, count)
        // `SIZE_MAX`, imported as `Int`, is -1.
        return found < 0 ? nil : found
    }

    /// The start of the sentence holding `index`, at most 400 bytes back.
    func sentenceStart(before index: Int) -> Int {
        var cursor = index
        while cursor > 0 && index - cursor < 400 {
            if isBoundary(before: cursor) && !followsItemNumber(cursor) {
                return cursor
            }
            cursor -= 1
        }
        return cursor
    }

    @inline(__always)
    private func isBoundary(before cursor: Int) -> Bool {
        let byte = p[cursor - 1]
        if byte == 0x0A || byte == 0x0D || byte == 0x3B || byte == 0x21 || byte == 0x3F { return true }
        return byte == 0x2E && cursor < count && (p[cursor] == 0x20 || p[cursor] == 0x0A)
    }

    /// True when the boundary before `cursor` is a line break that only wraps its sentence (``softLineBreakEnd(at:)``):
    /// not the end of a table's row (a line with a tab or a `|`), nor a number that opens one (`1 | Quyết định | …`);
    /// a number that a symbol or a word in small letters goes on from wraps (`08/2025/NĐ-CP`, `10 năm 2024`).
    @inline(never)
    private func wrapsSentence(before cursor: Int) -> Bool {
        let lineBreak = cursor - 1
        guard p[lineBreak] == 0x0A || p[lineBreak] == 0x0D else { return false }
        guard let next = softLineBreakEnd(at: lineBreak) else { return wrapsTitleInCapitals(before: cursor) }
        var lineStart = lineBreak
        while lineStart > 0 && lineBreak - lineStart < 240 && p[lineStart - 1] != 0x0A { lineStart -= 1 }
        if vietcite_find_byte(p, lineStart, lineBreak, 0x09) < lineBreak
            || vietcite_find_byte(p, lineStart, lineBreak, 0x7C) < lineBreak {
            return false
        }
        guard ByteClass.isDigit(p[next]) else { return true }
        var end = next
        while end < count && ByteClass.isDigit(p[end]) { end += 1 }
        guard end + 1 < count else { return false }
        if p[end] == 0x2F || p[end] == 0x2D || p[end] == 0x2E || p[end] == 0x2C || p[end] == 0x3B { return true }
        // (`Luật Việc làm⏎2013 (đã được …`: a name's year before its parenthesis.)
        return p[end] == 0x20 && (Tokenizer.isWordStart(p, end + 1, count) && !isCapitalised(at: end + 1)
                                  || p[end + 1] == 0x28)
    }

    /// True when the line break before `cursor` wraps a title written in capitals (`… CỦA BỘ TRƯỞNG BỘ TÀI CHÍNH
    /// HƯỚNG⏎DẪN THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT QUẢN LÝ THUẾ …`): the line before is of 30 bytes or more, all in
    /// capitals, ending in a word, and the line after opens with a word in capitals. (``softLineBreakEnd(at:)`` parts
    /// such lines for the issuer reader, so that a name in capitals does not run on into the next line of a header.)
    @inline(never)
    private func wrapsTitleInCapitals(before cursor: Int) -> Bool {
        // A byte test first: most lines open with a word in small letters after its capital (`Căn`, `Điều`), whose
        // first bytes hold a small ASCII letter.
        var probe = cursor
        while probe < count && probe - cursor < 6 && p[probe] != 0x20 {
            if p[probe] >= 0x61 && p[probe] <= 0x7A { return false }
            probe += 1
        }
        guard cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return false }
        let nextWordEnd = Tokenizer.wordEnd(p, from: cursor, count)
        guard nextWordEnd - cursor >= 2, isAllCaps(cursor..<nextWordEnd) else { return false }
        var end = cursor - 1
        if end > 0 && p[end - 1] == 0x0D { end -= 1 }
        while end > 0 && (p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
        var lineStart = end
        while lineStart > 0 && end - lineStart < 240 && p[lineStart - 1] != 0x0A { lineStart -= 1 }
        guard end - lineStart >= 30, lineStart == 0 || p[lineStart - 1] == 0x0A else { return false }
        // (Its last word or number: `… NGÀY 29 THÁNG 9 NĂM 2021⏎CỦA BỘ TRƯỞNG …`.)
        let last = Tokenizer.token(before: end, in: buffer)
        guard last.kind == .word && Int(last.end) == end || ByteClass.isDigit(p[end - 1]) else { return false }
        let nextLineEnd = min(vietcite_find_byte(p, cursor, min(count, cursor + 240), 0x0A), count)
        return isAllCaps(lineStart..<end) && isAllCaps(cursor..<nextLineEnd)
    }

    /// True when the boundary before `cursor` is the `.` of one or two digits that open their line (`1. Quyết định số
    /// …`): an item's number, not a sentence's end. Out of line: the walks for boundaries pass every byte, few `. `.
    @inline(never)
    private func followsItemNumber(_ cursor: Int) -> Bool {
        let dot = cursor - 1
        guard p[dot] == 0x2E else { return false }
        var cursor = dot
        while cursor > 0 && dot - cursor < 2 && ByteClass.isDigit(p[cursor - 1]) { cursor -= 1 }
        guard cursor < dot else { return false }
        while cursor > 0 && (p[cursor - 1] == 0x20 || p[cursor - 1] == 0x09) { cursor -= 1 }
        return cursor == 0 || p[cursor - 1] == 0x0A || p[cursor - 1] == 0x0D
    }

    /// The trigger nearest to the end of `range`. Allocation-free: words are compared by their keys. The words that
    /// may open a trigger are found by `vietcite_next_keyed_word`, which reads each word's key and looks it up in C:
    /// the walk passes every word of the sentence before a mention, and cost about 240 instructions a word in Swift.
    func nearestTrigger(in range: Range<Int>) -> (relation: Relation, trigger: Range<Int>)? {
        var best: (relation: Relation, trigger: Range<Int>)?
        // The tables are read into locals once: a static read in the loop pays its lazy-initialization check per word.
        let byFirstWord = Relations.triggersByFirstWord
        let triggers = Relations.triggers
        let followingKeys = Relations.followingKeys
        byFirstWord.withKeySlots { slots, shift in
            var cursor = range.lowerBound
            while cursor < range.upperBound {
                var end = 0
                var key: UInt64 = 0
                cursor = vietcite_next_keyed_word(p, cursor, range.upperBound, count, slots.baseAddress!, slots.count,
                                                  shift, &end, &key)
                guard cursor < range.upperBound, let candidates = byFirstWord[key] else { break }
                for index in candidates {
                    let relation = triggers[index].relation
                    guard let last = followingWords(after: end, match: followingKeys[index],
                                                    limit: range.upperBound)
                    else { continue }
                    // After a count the words name documents, not an act (`48 hướng dẫn, 48 thông báo`); a capital
                    // opens a clause (`… 14/7/2015 Căn cứ Luật …` in text whose line breaks were lost).
                    if cursor > 1 && p[cursor - 1] == 0x20 && ByteClass.isDigit(p[cursor - 2])
                        && !isCapitalised(at: cursor) {
                        break
                    }
                    // The folded keys drop tones: where a common word folds as a trigger's first word does, one written
                    // with another tone is that word (`quy định chi phí`, `quy định chính sách`, `Bài bố cáo`); one
                    // written without tones (`DINH CHI`) is taken, and so are the other triggers' misspellings
                    // (`Sữa đổi`).
                    if relation == .suspends || relation == .corrects || relation == .repeals,
                       !toneAgrees(cursor..<end, triggers[index].firstTone) {
                        continue
                    }
                    // Without tones, `quy định` before `chính sách` or `chi phí` reads as `đính chính`, `đình chỉ`.
                    if relation == .suspends || relation == .corrects, followsQuy(cursor) { continue }
                    // `Xét` opens its sentence; elsewhere it is ordinary prose (`xem xét`). `Ban hành kèm theo` opens
                    // its sentence or a parenthesis (`(Ban hành kèm theo Quyết định số …)`); inside a sentence it tells
                    // of another document (`Thực hiện Chương trình … ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT`).
                    // `Nay công bố` opens the President's order too; `Sáng nay công bố Nghị quyết …` is news.
                    if relation == .review || relation == .annexOf || relation == .promulgates {
                        var before = cursor
                        skipBackSpaces(&before)
                        let opensParenthesis = relation == .annexOf && before > 0 && p[before - 1] == 0x28
                        if !opensSentence(at: cursor) && !opensParenthesis { continue }
                    }
                    // `Thi hành` opens its sentence, or follows the `Để` that does (`Thi hành Chỉ thị 200-TTg …`, `Để
                    // thi hành Luật …`); elsewhere it is the effect (`có hiệu lực thi hành`) or part of another act
                    // (`quy định chi tiết thi hành`).
                    if relation == .implements && triggers[index].words[0] == Relations.thiWord
                        && !opensSentence(at: cursor) {
                        guard let de = wordBefore(cursor), isWord(de, "de"), opensSentence(at: de.lowerBound) else {
                            continue
                        }
                    }
                    // `Bổ sung` alone amends where it opens its sentence and a part of a document follows it (`Bổ sung
                    // Điều 5a vào sau Điều 5 Nghị định số 15/2022/NĐ-CP`); elsewhere it adds to anything (`bổ sung
                    // kinh phí theo Quyết định số …`). (Tone first: `Bộ` folds as `bổ` does.)
                    if relation == .amends && triggers[index].words[0] == Relations.boWord
                        && !(toneAgrees(cursor..<end, triggers[index].firstTone) && opensSentence(at: cursor)
                             && namesDocumentPart(after: last)) {
                        continue
                    }
                    // `theo hướng dẫn tại Điều 12 Nghị định 28`, `được hướng dẫn bởi …`: the cited document guides,
                    // not the citing one; nor does a trigger before it tell of that mention.
                    if relation == .guides, let before = wordBefore(cursor),
                       isWord(before, "theo") || isWord(before, "duoc") || isWord(before, "nhu") {
                        best = nil
                        break
                    }
                    // `áp dụng hướng dẫn tại Thông tư số 01/2025/TT-BNV`, `hướng dẫn của Bộ Nội vụ tại Công văn số …`:
                    // the noun, the guidance the mention gives.
                    if relation == .guides, triggers[index].words.count == 2, let after = wordAfter(last),
                       isWord(after, "tai") || isWord(after, "cua") {
                        best = nil
                        break
                    }
                    // `Trong quá trình thực hiện, nếu có vướng mắc, … phản ánh theo Văn bản hợp nhất số …`: a comma
                    // after the verb leaves it without an object; the mention after is no part of it.
                    if relation == .implements, last < count, p[last] == 0x2C {
                        best = nil
                        break
                    }
                    // `… tiếp tục thực hiện theo quy định tại Nghị định số 152/2020/NĐ-CP`, `… thực hiện theo mẫu ban
                    // hành kèm theo …`, `… thực hiện theo Phụ lục ban hành kèm theo …`: a procedure that follows the
                    // mention's rule, which the citing document does not implement (`tiếp tục thực hiện theo Hướng
                    // dẫn số 27-HD/BTGTW` does; so do the words that open the sentence: `Thực hiện theo quy định tại
                    // Kế hoạch số 12/KH-UBND, …`). The mention itself is no such rule: `thực hiện theo Quy định
                    // 22-QĐ/TW` implements it. `đúng` may stand for `theo` or after it (`thực hiện theo đúng quy định
                    // tại Điều 76 Luật Đất đai`).
                    if relation == .implements, last + 2 < count, p[last] == 0x20,
                       p[last + 1] | 0x20 == 0x74 && p[last + 2] == 0x68 || p[last + 1] == 0xC4 && p[last + 2] == 0x91,
                       followsGenericRule(after: last, before: range.upperBound), !opensSentence(at: cursor) {
                        best = nil
                        break
                    }
                    // `Người nộp thuế thực hiện đăng ký theo Mẫu số 01 … kèm theo Nghị định số 123/2020/NĐ-CP`,
                    // `Ban Tuyên giáo hướng dẫn quán triệt theo Hướng dẫn số 15-HD/BTGTW`: the act follows the
                    // mention's rule; the mention is not what it implements or guides (`thực hiện theo Hướng dẫn số 27`
                    // right after the trigger still implements, so does `Thực hiện …` that opens its sentence, and so
                    // does a capitalised name the mention issued: `thực hiện Quy chế công tác dân vận … theo Quyết định
                    // số 1899-QĐ/TU`). (`theo` first: the sentence's start is a walk back.)
                    if relation == .guides || relation == .implements, let theo = theoWord(in: last..<range.upperBound),
                       relation == .guides || actsBeforeRule(after: last, theo: theo) && !opensSentence(at: cursor) {
                        best = nil
                        break
                    }
                    // `dự thảo Nghị định hướng dẫn Luật Nhà ở`, `Dự thảo Thông tư sửa đổi Thông tư 39/2014/TT-BTC`: the
                    // draft named by its type acts, not the citing page; so do `các văn bản hướng dẫn Luật Đầu tư` and
                    // `các nghị định hướng dẫn: Nghị định 101/2024/NĐ-CP, …`.
                    if followsUnnamedType(cursor) || followsGenericDocuments(cursor) {
                        best = nil
                        break
                    }
                    // `Tỉnh đề nghị Chính phủ sửa đổi Nghị định 45`, `Bộ Tài chính đề xuất bãi bỏ …`: an act proposed,
                    // not taken; `Hội nghị đã thông qua việc sửa đổi, bổ sung Điều lệ Đảng`: one a body adopted. So is
                    // a basis asked of another (`Đề nghị Sở căn cứ Thông tư số 56/2022/TT-BTC để thực hiện`; a
                    // preamble's `Căn cứ` opens its line, and is not looked at).
                    if relation == .amends || relation == .replaces || relation == .repeals
                        || relation == .basis && !opensLine(cursor),
                       proposesAct(before: cursor) {
                        best = nil
                        break
                    }
                    // `Sở Tài chính chủ trì, hướng dẫn thực hiện Thông tư …`, `Giao Sở Y tế hướng dẫn thi hành …`: a
                    // plan's task, guidance a body is to give, not the page's; nor is the rest of its phrase a trigger.
                    if relation == .guides && proposesAct(before: cursor, assigned: true) {
                        best = nil
                        end = last
                        break
                    }
                    // `phối hợp thực hiện theo Kế hoạch này và báo cáo … theo quy định tại Công văn số 512/UBND-ĐT`:
                    // the act's object is the citing document itself; a later mention is no part of it (`thực hiện
                    // Kế hoạch này và Kế hoạch số 60/KH-UBND`, a list, still is).
                    // (Most triggers stand right before their mention, which is then the object: no test.)
                    if range.upperBound - last > 12, let own = ownNameObject(after: last),
                       !isListContinuation(from: own, to: range.upperBound) {
                        best = nil
                        break
                    }
                    let trigger = cursor..<last
                    if best == nil || trigger.upperBound > best!.trigger.upperBound { best = (relation, trigger) }
                    break
                }
                cursor = end
            }
        }
        return best
    }

    /// True when the words before `start`, in its clause, propose or plan the act that starts there: `sẽ` among the
    /// five words before it, or a phrase that ends among them (`đề nghị`, `kiến nghị`, `đề xuất`, `nghiên cứu`, `xem
    /// xét`, `dự kiến`, `tham mưu`), or adopt it (`thông qua`: a body's vote told); when `assigned`, also a task given
    /// to a body: `giao`, `chủ trì`, `phối hợp`.
    func proposesAct(before start: Int, assigned: Bool = false) -> Bool {
        var cursor = start
        // The key of the word after the one read (the walk goes backwards): a phrase is a pair of keys.
        var after: UInt64 = 0
        for walked in 0..<6 {
            let word: Range<Int>
            if assigned && cursor > 2 && p[cursor - 1] == 0x20 && p[cursor - 2] == 0x2C {
                // A task's verbs may be parted by a comma (`chủ trì, hướng dẫn`).
                let token = Tokenizer.token(before: cursor - 2, in: buffer)
                guard token.kind == .word else { return false }
                word = token.range
            } else {
                guard let before = wordBefore(cursor) else { return false }
                word = before
            }
            // Folded keys, one pass a word (``isWord(_:_:)`` decodes the word again for each word it is asked of).
            let key = wordKey(word)
            if walked < 5 && (key == WordKey.se || assigned && key == WordKey.giao) { return true }
            switch (key, after) {
            case (WordKey.de, WordKey.nghi), (WordKey.kien, WordKey.nghi),
                 (WordKey.de, WordKey.xuat), (WordKey.nghien, WordKey.cuu),
                 (WordKey.xem, WordKey.xet), (WordKey.du, WordKey.kien),
                 (WordKey.tham, WordKey.muu), (WordKey.thong, WordKey.qua):
                return true
            case (WordKey.chu, WordKey.tri), (WordKey.phoi, WordKey.hop):
                if assigned { return true }
            default:
                break
            }
            after = key
            cursor = word.lowerBound
        }
        return false
    }

    /// True when `có hiệu lực` follows `end` (past spaces, commas and parentheses) before `limit`.
    func tellsEntryIntoForce(after end: Int, before limit: Int) -> Bool {
        var cursor = end
        while cursor < limit, p[cursor] == 0x20 || p[cursor] == 0x2C || p[cursor] == 0x28 || p[cursor] == 0x29 {
            cursor += 1
        }
        guard cursor < limit, p[cursor] | 0x20 == 0x63 else { return false }
        var probe = cursor
        return expectWord("co", &probe) && expectWord("hieu", &probe) && expectWord("luc", &probe) && probe <= limit
    }

    /// The start of the first word `theo` in `range` that does not follow `kèm` (`ban hành kèm theo` names where a
    /// form is issued), or nil. A byte search (`memmem`): `theo` is ASCII, lower case inside a sentence.
    func theoWord(in range: Range<Int>) -> Int? {
        var cursor = range.lowerBound
        while true {
            cursor = Self.theoBytes.withUnsafeBufferPointer {
                vietcite_find_bytes(p, cursor, range.upperBound, $0.baseAddress!, $0.count)
            }
            guard cursor < range.upperBound else { return nil }
            let end = cursor + 4
            defer { cursor += 1 }
            // After a space, or a line break that wraps the sentence (`…⏎theo quy định tại …`).
            guard cursor > 0, p[cursor - 1] == 0x20 || p[cursor - 1] == 0x0A || p[cursor - 1] == 0x0D,
                  end == count || p[end] < 0x80 && !ByteClass.isASCIILetter(p[end]) else { continue }
            if let before = wordBefore(cursor), isWord(before, "kem") { continue }
            return cursor
        }
    }

    private static let theoBytes: [UInt8] = Array("theo".utf8)

    /// True when a lower-case word stands between the trigger ending at `last` and the `theo` at `theo` (`thực hiện
    /// đăng ký theo …`): an act of its own, done by the rule named after `theo`.
    private func actsBeforeRule(after last: Int, theo: Int) -> Bool {
        guard let word = wordAfter(last) else { return false }
        return word.lowerBound < theo && !isCapitalised(at: word.lowerBound)
    }

    /// The end of a document's name for itself that is the object of the trigger ending at `last`, past `theo` or
    /// `đúng` (`thực hiện Kế hoạch này`, `thực hiện theo Quyết định này`), or nil.
    func ownNameObject(after last: Int) -> Int? {
        // A byte test first: `này` (`n`, `à` C3 A0 or `À` C3 80, `y`), or `nay` of text without marks, in the next 48
        // bytes; most triggers have none.
        var probe = last + 3
        let limit = min(count, last + 48)
        while probe < limit && !(p[probe] | 0x20 == 0x79
                                 && (p[probe - 1] & 0xDF == 0x80 && p[probe - 2] == 0xC3 && p[probe - 3] | 0x20 == 0x6E
                                     || p[probe - 1] | 0x20 == 0x61 && p[probe - 2] | 0x20 == 0x6E)) {
            probe += 1
        }
        guard probe < limit, var word = wordAfter(last) else { return nil }
        while isWord(word, "theo") || isWord(word, "dung") {
            guard let next = wordAfter(word.upperBound) else { return nil }
            word = next
        }
        // A type's name takes one to three words (`Luật`, `Kế hoạch`, `Thông tư liên tịch`).
        guard isCapitalised(at: word.lowerBound) else { return nil }
        var nay = word
        for _ in 0..<3 {
            guard let next = wordAfter(nay.upperBound) else { return nil }
            nay = next
            guard !isWord(nay, "nay") else {
                return typeWord(before: nay.lowerBound)?.start == word.lowerBound ? nay.upperBound : nil
            }
        }
        return nil
    }

    /// The type of a document's name for itself standing right before the trigger at `start` (`Nghị định này thay
    /// thế`), or nil.
    func ownNameType(before start: Int) -> String? {
        // A byte test first: most triggers follow no word ending in `y`.
        guard start > 4, p[start - 1] == 0x20, p[start - 2] | 0x20 == 0x79, let nay = wordBefore(start),
              isWord(nay, "nay") else { return nil }
        return typeWord(before: nay.lowerBound)?.type
    }

    /// The type of a document's name for itself that opens the sentence of the trigger at `start`, past an item's
    /// label (`2. Nghị định này có hiệu lực từ … và thay thế …`), or nil.
    func sentenceOwnNameType(before start: Int) -> String? {
        // The nearest `này` within 120 bytes before, by its bytes (`n`, `à` C3 A0 or `À` C3 80, `y`): most sentences
        // hold none, and the walk passes their bytes once.
        var cursor = start
        let floor = max(3, start - 120)
        while cursor > floor {
            cursor -= 1
            guard p[cursor] | 0x20 == 0x79, p[cursor - 2] == 0xC3, p[cursor - 1] & 0xDF == 0x80,
                  p[cursor - 3] | 0x20 == 0x6E else { continue }
            guard let head = typeWord(before: cursor - 3), opensSentence(at: head.start) else { return nil }
            return head.type
        }
        return nil
    }

    /// The type of a bare type word that opens the sentence of the trigger at `start` as its subject, a lower-case
    /// verb after it (news: `Quyết định có hiệu lực từ ngày 10/10/2024 và thay thế Quyết định số 02/2023/QĐ-UBND`,
    /// after `… vừa ban hành Quyết định số 61/2024/QĐ-UBND`), or nil.
    func sentenceTypeSubject(before start: Int) -> String? {
        // The sentence's start sixteen bytes at a time (``sentenceStart(before:)``, a byte walk, cost 0.06 instructions
        // per byte of the NFC slice here).
        guard let begin = lastBoundary(in: max(0, start - 400)..<start) else { return nil }
        let first = begin + leadingSpaces(at: begin)
        guard first < start, Tokenizer.isWordStart(p, first, count), isCapitalised(at: first) else { return nil }
        var end = Tokenizer.wordEnd(p, from: first, count)
        for _ in 0..<3 {
            guard end < start else { return nil }
            if let head = typeWord(endingAt: end), head.start == first {
                // (The verb may be the trigger itself: `Nghị định thay thế Nghị định số 52/2013/NĐ-CP`.)
                guard let verb = wordAfter(end), verb.lowerBound <= start, !isCapitalised(at: verb.lowerBound),
                      !isWord(verb, "so"), !isWord(verb, "nay") else { return nil }
                return head.type
            }
            guard let next = wordAfter(end) else { return nil }
            end = next.upperBound
        }
        return nil
    }

    /// True when `ban hành` or `ký` stands right before the mention at `start` (`Chính phủ ban hành Nghị định …`,
    /// `Thủ tướng vừa ký Quyết định …`).
    func toldAsIssued(_ start: Int) -> Bool {
        // A byte test first: the word before ends `nh` (`hành`) or `ý` (`ký`: C3 BD, `KÝ`: C3 9D).
        guard start > 3, p[start - 1] == 0x20,
              p[start - 2] | 0x20 == 0x68 && p[start - 3] | 0x20 == 0x6E
                || p[start - 3] == 0xC3 && (p[start - 2] == 0xBD || p[start - 2] == 0x9D),
              let word = wordBefore(start) else { return false }
        return isWord(word, "ky")
            || isWord(word, "hanh") && wordBefore(word.lowerBound).map { isWord($0, "ban") } == true
    }

    /// True when the last quotation mark within 3,000 bytes before `index` opens a quotation: `“`, or `"` after a
    /// space, a colon or a line break (`… quy định như sau:⏎"Điều 86. …`).
    func isQuoted(_ index: Int) -> Bool {
        var cursor = index
        while cursor > 0 && index - cursor < 3_000 {
            cursor -= 1
            if p[cursor] == 0x22 { return plainQuoteOpens(at: cursor) }
            // `“` and `”`: E2 80 9C and E2 80 9D, read at their last byte.
            if cursor >= 2 && p[cursor - 2] == 0xE2 && p[cursor - 1] == 0x80
                && (p[cursor] == 0x9C || p[cursor] == 0x9D) {
                return p[cursor] == 0x9C
            }
        }
        return false
    }

    /// True when the `"` at `mark` opens a quotation: after a space, a colon or a line break, or at the text's start.
    func plainQuoteOpens(at mark: Int) -> Bool {
        mark == 0 || p[mark - 1] == 0x20 || p[mark - 1] == 0x0A || p[mark - 1] == 0x3A
    }

    /// True when the word bears `tone`, or no tone at all (text written without marks).
    private func toneAgrees(_ word: Range<Int>, _ tone: UInt8) -> Bool {
        var index = word.lowerBound
        while index < word.upperBound {
            let (scalar, length) = UTF8Decoding.decode(p, index, count)
            if let written = VietnameseLetters.letter(scalar)?.tone, written > 0 { return written == tone }
            index += length
        }
        return true
    }

    /// True when the word after `end` names a part of a document: `Điều`, `khoản`, `điểm`, `cụm (từ)`, `mục`,
    /// `chương`, `tiết`, `phụ (lục)`.
    private func namesDocumentPart(after end: Int) -> Bool {
        guard let word = wordAfter(end) else { return false }
        return Self.documentPartKeys.contains(wordKey(word))
    }

    /// The folded keys of the words ``namesDocumentPart(after:)`` looks for.
    private static let documentPartKeys = WordKeyTable(
        keys: ["dieu", "khoan", "diem", "cum", "muc", "chuong", "tiet", "phu"].map(WordKey.of))

    /// True when `quy` stands right before `start` (out of line: rarely asked, and the trigger reader stays small).
    @inline(never)
    private func followsQuy(_ start: Int) -> Bool {
        guard let quy = wordBefore(start) else { return false }
        return isWord(quy, "quy")
    }

    /// The end of the words after `end` when they are, folded, `words` (skipping spaces and commas).
    private func followingWords(after end: Int, match words: [UInt64], limit: Int) -> Int? {
        var cursor = end
        var last = end
        for word in words {
            while cursor < limit && (p[cursor] == 0x20 || p[cursor] == 0x2C) { cursor += 1 }
            // A line wrapped inside the phrase (`sơ kết 5 năm thực⏎hiện Kết luận số …`, as text from PDF is).
            if cursor < limit { _ = skipLineBreak(&cursor) }
            guard cursor < limit, Tokenizer.isWordStart(p, cursor, count) else { return nil }
            let wordEnd = min(Tokenizer.wordEnd(p, from: cursor, count), limit)
            guard wordKey(cursor..<wordEnd) == word else { return nil }
            last = wordEnd
            cursor = wordEnd
        }
        return last
    }

    /// The length of the spaces, and of an item's label or bullet with the spaces after it (`1. `, `a) `, `- `), at
    /// `index`.
    /// True when only spaces stand between the sentence's start and `index`.
    fileprivate func opensSentence(at index: Int) -> Bool {
        let begin = sentenceStart(before: index)
        // Not after a line break that only wraps the sentence (`… theo mẫu tại Phụ lục⏎kèm theo Công văn số …`).
        return index == begin + leadingSpaces(at: begin) && (begin == 0 || !wrapsSentence(before: begin))
    }

    private func leadingSpaces(at index: Int) -> Int {
        var cursor = index
        skipBlanks(&cursor, limit: count)
        if let label = itemLabelEnd(at: cursor, limit: min(count, cursor + 4)) ?? bulletEnd(at: cursor), label < count,
           p[label] == 0x20 {
            cursor = label
            skipBlanks(&cursor, limit: count)
        }
        return cursor - index
    }

    /// The end of a bullet at `index`: `-`, `+`, `*`, `•`, `–` or `—`.
    private func bulletEnd(at index: Int) -> Int? {
        guard index < count else { return nil }
        if p[index] == 0x2D || p[index] == 0x2B || p[index] == 0x2A { return index + 1 }
        guard index + 2 < count, p[index] == 0xE2, p[index + 1] == 0x80,
              p[index + 2] == 0xA2 || p[index + 2] == 0x93 || p[index + 2] == 0x94 else { return nil }
        return index + 3
    }

    /// True when the range holds only spaces.
    func isBlank(_ range: Range<Int>) -> Bool {
        range.allSatisfy { p[$0] == 0x20 || p[$0] == 0x09 }
    }

    /// True when `;` stands right before `index`, or ends the line before it (`Căn cứ Luật A;⏎Luật B;`).
    func followsSemicolon(_ index: Int) -> Bool {
        var cursor = index
        var lines = 0
        while cursor > 0 && (p[cursor - 1] == 0x0A || p[cursor - 1] == 0x0D || p[cursor - 1] == 0x20) && lines < 2 {
            if p[cursor - 1] == 0x0A { lines += 1 }
            cursor -= 1
        }
        return cursor > 0 && p[cursor - 1] == 0x3B && (cursor == index || lines == 1)
    }

    /// True when what follows `end` closes a list item: `;`, `,`, `.`, `:`, a line break, the end, or `và`; or opens
    /// the item's subject, `về` (`Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp;`).
    func endsListItem(at end: Int) -> Bool {
        var cursor = end
        skipSpaces(&cursor, limit: 4)
        guard cursor < count else { return true }
        let byte = p[cursor]
        if byte == 0x3B || byte == 0x2C || byte == 0x2E || byte == 0x3A || byte == 0x0A || byte == 0x0D { return true }
        var after = cursor
        return expectWord("va", &after) || expectWord("ve", &after)
    }

    /// True when the line after `start` (with the lines that only wrap it, up to 600 bytes) ends with `;` and no
    /// sentence ends in it: an item of a list with its subject (`Nghị định số 14/2022/NĐ-CP … của Chính phủ sửa đổi,
    /// bổ sung một số điều của Nghị định số 15/2020/NĐ-CP;` under `Căn cứ Nghị định số 15/2020/NĐ-CP …;`).
    func lineEndsWithSemicolon(after start: Int) -> Bool {
        let limit = min(count, start + 600)
        var cursor = start
        while true {
            let lineEnd = vietcite_find_byte(p, cursor, limit, 0x0A)
            // (The text's end ends its last line.)
            guard lineEnd < limit || limit == count else { return false }
            if lineEnd < count && softLineBreakEnd(at: lineEnd) != nil {
                cursor = lineEnd + 1
                continue
            }
            var last = lineEnd
            while last > start && (p[last - 1] == 0x20 || p[last - 1] == 0x0D || p[last - 1] == 0x09) { last -= 1 }
            guard last > start, p[last - 1] == 0x3B else { return false }
            return !endsSentence(in: start..<last - 1)
        }
    }

    /// True when the rest of the line after `start` (up to 400 bytes) holds a passive phrase that states a relation
    /// (`… hết hiệu lực`, `… bị bãi bỏ`, `… được thay thế`), or `đã hết hiệu lực`, a past fact.
    func lineStatesRelation(after start: Int) -> Bool {
        let lineEnd = vietcite_find_byte(p, start, min(count, start + 400), 0x0A)
        var found = false
        forEachWord(in: start..<lineEnd) { word, key in
            if key == WordKey.da {
                var after = word.upperBound
                found = expectWord("het", &after) && expectWord("hieu", &after) && expectWord("luc", &after)
            } else if PostposedRelations.firstWords.contains(key) {
                found = postposedRelation(after: word.lowerBound) != nil
            }
            return !found
        }
        return found
    }

    /// True when one line ends inside `range`, besides the lines that only wrap a sentence (``softLineBreakEnd(at:)``:
    /// the item before, taken from PDF, runs on for several lines).
    func endsOneLine(_ range: Range<Int>) -> Bool {
        var ended = 0
        var cursor = range.lowerBound
        while cursor < range.upperBound {
            cursor = vietcite_find_byte(p, cursor, range.upperBound, 0x0A)
            guard cursor < range.upperBound else { break }
            if softLineBreakEnd(at: cursor) == nil {
                ended += 1
                if ended > 1 { return false }
            }
            cursor += 1
        }
        return ended == 1
    }

    /// True when the range holds only what may open a list item before its mention: spaces, a bullet (`-`, `+`,
    /// `*`, `•`, `–`, `—`) or an item's number or letter (`1.`, `2)`, `a)`), and the plural `các`, which may end a
    /// line (`; các Nghị quyết số …`, `- Luật …`, `1. Quyết định số …`).
    func holdsOnlyListLead(_ range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        skipListLabel(&cursor, limit: range.upperBound)
        if cursor < range.upperBound, Tokenizer.isWordStart(p, cursor, count) {
            let end = Tokenizer.wordEnd(p, from: cursor, count)
            guard end <= range.upperBound, isWord(cursor..<end, "cac") else { return false }
            cursor = end
            skipBlanks(&cursor, limit: range.upperBound)
            // A line that ends at `các` only wraps the item (`…; các⏎Thông tư số 28/2020/TT-BGDĐT, …`).
            if cursor < range.upperBound { _ = skipLineBreak(&cursor) }
        }
        return cursor == range.upperBound
    }

    /// True when `start` follows only an item's label on its line (`2. `, `c) `) and the item that holds
    /// `previousEnd`, over 800 bytes of lines at most, opens with the label before it (`1.`, `b)`): the next item of
    /// the same list, however the item before ended (`… trên địa bàn tỉnh.`, `… hàng hải; giao thông đường bộ;⏎hàng
    /// không dân dụng;`).
    func followsPreviousItem(_ start: Int, previousEnd: Int) -> Bool {
        var lineStart = start
        while lineStart > 0 && start - lineStart < 12 && p[lineStart - 1] != 0x0A { lineStart -= 1 }
        guard lineStart > 0, p[lineStart - 1] == 0x0A, previousEnd < lineStart else { return false }
        var labelStart = lineStart
        skipBlanks(&labelStart, limit: start)
        guard let label = itemLabelEnd(at: labelStart, limit: start) else { return false }
        var itemStart = previousEnd
        while itemStart > 0 && previousEnd - itemStart < 800 {
            if p[itemStart - 1] == 0x0A {
                var before = itemStart
                skipBlanks(&before, limit: previousEnd)
                if let previous = itemLabelEnd(at: before, limit: previousEnd) {
                    return labels(before..<previous, precede: labelStart..<label)
                }
            }
            itemStart -= 1
        }
        return false
    }

    /// True when the item label `first` comes right before `second` in a list: `1.` then `2.`, `b)` then `c)`, `d)`
    /// then `đ)`, `e)` then `g)` (Vietnamese lists skip the letters Vietnamese lacks) or `f)`. The mark after each
    /// must agree.
    private func labels(_ first: Range<Int>, precede second: Range<Int>) -> Bool {
        guard p[first.upperBound - 1] == p[second.upperBound - 1] else { return false }
        let (a, b) = (first.lowerBound..<first.upperBound - 1, second.lowerBound..<second.upperBound - 1)
        if ByteClass.isDigit(p[a.lowerBound]) {
            guard ByteClass.isDigit(p[b.lowerBound]) else { return false }
            let value = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(self.p[$1] - 0x30) } }
            return value(b) == value(a) + 1
        }
        // Letters as bytes: `đ` (C4 91) stands after `d`.
        let letter = { (range: Range<Int>) -> Int in
            range.count == 2 ? 0x64 * 2 + 1 : Int(self.p[range.lowerBound]) * 2
        }
        let (x, y) = (letter(a), letter(b))
        return y == x + 2 || y == x + 1 || x == 0x65 * 2 && y == 0x67 * 2
    }

    /// The `;` that ends the line before `start` (which opens a line) when that line is of a wrapped paragraph: the
    /// line before it wraps into it, or the line `start` opens wraps on into the next and the two lines are about
    /// as long (a paragraph's lines; a list's item lines are as long as their items). Nil otherwise.
    func semicolonEndingWrappedLine(before start: Int) -> Int? {
        // A line that ends with `;` itself is an item of a list of lines, which the list's own rule reads. (This
        // test first: it is cheap, and most lines of such lists end so.)
        let nextEnd = vietcite_find_byte(p, start, min(count, start + 240), 0x0A)
        var last = nextEnd
        while last > start && (p[last - 1] == 0x20 || p[last - 1] == 0x0D || p[last - 1] == 0x09) { last -= 1 }
        guard last > start, p[last - 1] != 0x3B else { return nil }
        var end = start
        while end > 0 && (p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
        guard end > 0, p[end - 1] == 0x0A else { return nil }
        end -= 1
        let lineBreak = end > 0 && p[end - 1] == 0x0D ? end - 1 : end
        end = lineBreak
        while end > 0 && (p[end - 1] == 0x20 || p[end - 1] == 0x09) { end -= 1 }
        guard end > 0, p[end - 1] == 0x3B else { return nil }
        var lineStart = end
        while lineStart > 0 && end - lineStart < 240 && p[lineStart - 1] != 0x0A { lineStart -= 1 }
        guard lineStart == 0 || p[lineStart - 1] == 0x0A else { return nil }
        if lineStart > 0 && wrappedLineEnd(before: lineStart) != nil { return end - 1 }
        guard nextEnd < count, softLineBreakEnd(at: nextEnd) != nil else { return nil }
        let (line, next) = (end - lineStart, nextEnd - start)
        return line >= 30 && 4 * abs(line - next) <= line ? end - 1 : nil
    }

    /// True when the range opens with an item's bullet or label (`-`, `b)`, `2.`) and holds nothing else but blanks.
    func opensWithLabel(_ range: Range<Int>) -> Bool {
        var cursor = range.lowerBound
        return skipListLabel(&cursor, limit: range.upperBound) && cursor == range.upperBound
    }

    /// Moves `cursor` past blanks, an item's bullet or label if one stands there, and the blanks after; true when
    /// there was a bullet or label.
    @discardableResult
    private func skipListLabel(_ cursor: inout Int, limit: Int) -> Bool {
        skipBlanks(&cursor, limit: limit)
        var labelled = true
        if let bullet = bulletEnd(at: cursor), bullet <= limit {
            cursor = bullet
        } else if let label = itemLabelEnd(at: cursor, limit: limit) {
            cursor = label
        } else {
            labelled = false
        }
        skipBlanks(&cursor, limit: limit)
        return labelled
    }

    /// The start of the type word of the older Party form that states the issuer before the number, `Quyết định của
    /// Bộ Chính trị số 31-QĐ/TW` (whose mention starts at `số`, at `start`); nil when the words before `start` are
    /// not a type word, `của` and an issuer that reaches `start`.
    func typeWordBeforeIssuer(_ start: Int) -> Int? {
        guard let stated = issuerBefore(start), !stated.coversSentence,
              let cua = wordBefore(stated.range.lowerBound), isWord(cua, "cua"),
              let head = wordBefore(cua.lowerBound)
        else { return nil }
        return typeWord(endingAt: head.upperBound)?.start
    }

    /// The end of an item's label at `start`: one or two digits then `.` or `)` (`1.`, `12)`), or a small letter then
    /// `)` (`a)`, `đ)`).
    private func itemLabelEnd(at start: Int, limit: Int) -> Int? {
        var cursor = start
        while cursor < limit && cursor - start < 2 && ByteClass.isDigit(p[cursor]) { cursor += 1 }
        if cursor > start {
            return cursor < limit && (p[cursor] == 0x2E || p[cursor] == 0x29) ? cursor + 1 : nil
        }
        if cursor < limit && p[cursor] >= 0x61 && p[cursor] <= 0x7A {
            cursor += 1
        } else if cursor + 1 < limit && p[cursor] == 0xC4 && p[cursor + 1] == 0x91 {
            cursor += 2
        } else {
            return nil
        }
        return cursor < limit && p[cursor] == 0x29 ? cursor + 1 : nil
    }

    /// The line before `index` (which must start a line) when it is a heading that names the bases of the document,
    /// labelled or in capitals, up to 120 bytes and with no punctuation at its end (`I. CĂN CỨ XÂY DỰNG KẾ HOẠCH`,
    /// `1. Căn cứ pháp lý`), and the line at `index` an item with its bullet or label (`- Nghị quyết số …`): the
    /// introduction of the list, as a line that ends with `:` is. (A paragraph under such a heading is not its list.)
    /// A byte test first: the line before must end in a letter. (Out of line: most mentions open no line.)
    @inline(never)
    func basisHeading(before index: Int) -> Range<Int>? {
        var end = index
        guard end > 1, p[end - 1] == 0x0A else { return nil }
        var item = index
        guard skipListLabel(&item, limit: count) else { return nil }
        end -= 1
        while end > 0 && (p[end - 1] == 0x0D || p[end - 1] == 0x20) { end -= 1 }
        guard end > 0, p[end - 1] >= 0x80 || ByteClass.isASCIILetter(p[end - 1]) else { return nil }
        var lineStart = end
        while lineStart > 0 && p[lineStart - 1] != 0x0A {
            lineStart -= 1
            if end - lineStart > 120 { return nil }
        }
        var cursor = lineStart
        skipBlanks(&cursor, limit: end)
        // The label: `I.`, `1.`, `a)`, `A.`.
        var label = cursor
        while label < end && label - cursor < 5 && (ByteClass.isUpperASCII(p[label]) || ByteClass.isDigit(p[label])) {
            label += 1
        }
        let labelled: Bool
        if label > cursor && label < end && (p[label] == 0x2E || p[label] == 0x29) {
            cursor = label + 1
            labelled = true
        } else if let item = itemLabelEnd(at: cursor, limit: end) {
            cursor = item
            labelled = true
        } else {
            labelled = false
        }
        skipBlanks(&cursor, limit: end)
        let words = cursor
        guard expectWord("can", &cursor), expectWord("cu", &cursor), labelled || isAllCaps(words..<end) else {
            return nil
        }
        return lineStart..<end
    }

    /// The line before `index` (which must start a line) when it ends with `:`, up to the colon and at most 400 bytes
    /// long: the introduction of a list (`Căn cứ:`, `Thực hiện:`), with the lines that wrap into it (`2. Các Nghị định
    /// sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu⏎lực thi hành:`).
    func colonIntroduction(before index: Int) -> Range<Int>? {
        var cursor = index
        guard cursor > 0, p[cursor - 1] == 0x0A else { return nil }
        cursor -= 1
        while cursor > 0 && (p[cursor - 1] == 0x0D || p[cursor - 1] == 0x20) { cursor -= 1 }
        guard cursor > 0, p[cursor - 1] == 0x3A else { return nil }
        let colon = cursor - 1
        var lineStart = colon
        while lineStart > 0 && colon - lineStart < 400 {
            if p[lineStart - 1] == 0x0A {
                guard wrappedLineEnd(before: lineStart) != nil else { break }
            }
            lineStart -= 1
        }
        return lineStart..<colon
    }

    /// The clause after the first comma in `start..<end` that a capitalised word follows (a new subject: `…, Sở Tư
    /// pháp đề nghị …`), to `end`; nil when there is none.
    func newClause(from start: Int, to end: Int) -> Range<Int>? {
        var cursor = start
        while cursor < end {
            if p[cursor] == 0x2C {
                var next = cursor + 1
                skipBlanks(&next, limit: end)
                if next < end && isCapitalised(at: next) { return next..<end }
            }
            cursor += 1
        }
        return nil
    }

    /// True when `như sau` ends `range` (an introduction of new text, `… được sửa đổi như sau`).
    func endsWithNhuSau(_ range: Range<Int>) -> Bool {
        var end = range.upperBound
        skipBackSpaces(&end)
        guard end > range.lowerBound else { return false }
        let sau = Tokenizer.token(before: end, in: buffer)
        guard sau.kind == .word, Int(sau.end) == end, isWord(sau.range, "sau"),
              let nhu = wordBefore(Int(sau.start)), nhu.lowerBound >= range.lowerBound else { return false }
        return isWord(nhu, "nhu")
    }

    /// True when `được` or `đã được` stands right before `start` (`được sửa đổi, bổ sung bởi`).
    func isAmendedBy(_ start: Int) -> Bool {
        guard let word = wordBefore(start) else { return false }
        return isWord(word, "duoc")
    }

    /// True when the words after `end` name a generic rule that a procedure follows, which starts before `limit`:
    /// `theo quy định tại …`, `theo đúng quy định …`, `đúng quy định …`, `theo mẫu …`, `theo biểu …`, `theo phụ lục …`.
    func followsGenericRule(after end: Int, before limit: Int) -> Bool {
        guard var word = wordAfter(end) else { return false }
        var joined = false
        if isWord(word, "theo") {
            guard let next = wordAfter(word.upperBound) else { return false }
            word = next
            joined = true
        }
        if isWord(word, "dung") {
            guard let next = wordAfter(word.upperBound) else { return false }
            word = next
            joined = true
        }
        return joined && word.lowerBound < limit
            && (isWord(word, "quy") || isWord(word, "mau") || isWord(word, "bieu") || isWord(word, "phu"))
    }

    /// True when an act's own object stands between its trigger and a mention that the act only follows, after
    /// `theo`: `Rà soát, sửa đổi Quy chế làm việc theo Quy định số 24-QĐ/TW` amends the Quy chế, not the Quy định
    /// (an object `kèm theo` it is its own: `Sửa đổi Quy chế ban hành kèm theo Quyết định số …` amends the decision).
    /// In the passive the mention is the amending document (`đã được sửa đổi, bổ sung một số điều theo Luật số
    /// 63/2020/QH14`), which the chain of the mention before tells. So does an object measured against the mention,
    /// after `trái với`, `trái` or `phù hợp với`: `bãi bỏ các văn bản trái với Thông tư 29` repeals those, not it.
    func actsOnOtherObject(trigger: Range<Int>, lead: Int) -> Bool {
        guard let before = wordBefore(lead), before.lowerBound > trigger.upperBound,
              let object = wordAfter(trigger.upperBound), object.upperBound <= before.lowerBound
        else { return false }
        if isWord(before, "theo") {
            // An object issued with the mention (`… tại Phần I Danh mục ban hành kèm theo Quyết định số 2233/QĐ-UBND`)
            // is part of it: the act is on the mention.
            if let kem = wordBefore(before.lowerBound), isWord(kem, "kem") { return false }
            return !isPassive(trigger.lowerBound)
        }
        if isWord(before, "trai") { return true }
        guard isWord(before, "voi"), let measure = wordBefore(before.lowerBound), measure.lowerBound > object.lowerBound
        else { return false }
        return isWord(measure, "trai") || isWord(measure, "hop")
    }

    /// True when `được` or `bị` stands right before `start` (`được sửa đổi, bổ sung như sau:`, `bị bãi bỏ`).
    func isPassive(_ start: Int) -> Bool {
        guard let word = wordBefore(start) else { return false }
        return isWord(word, "duoc") || isWord(word, "bi")
    }

    /// True when a sentence ends inside `range`: `.`, `!` or `?` before a space or a line break. Each mark is looked
    /// for with the C library's `memchr` (a byte loop over the text between two mentions cost 0.15 instructions per
    /// byte of the NFC slice).
    func endsSentence(in range: Range<Int>) -> Bool {
        for mark: UInt8 in [0x2E, 0x21, 0x3F] {
            var cursor = range.lowerBound
            while cursor < range.upperBound {
                cursor = vietcite_find_byte(p, cursor, range.upperBound, mark)
                guard cursor < range.upperBound else { break }
                if cursor + 1 < count && (p[cursor + 1] == 0x20 || p[cursor + 1] == 0x0A || p[cursor + 1] == 0x0D) {
                    return true
                }
                cursor += 1
            }
        }
        return false
    }

    /// True when an opening parenthesis alone (and spaces) stands between the fields of the mention before, ending
    /// at `end`, and the mention at `start`.
    func restates(after end: Int, at start: Int) -> Bool {
        guard let open = openingParenthesis(before: start), open >= end else { return false }
        var cursor = end
        while cursor < open && p[cursor] == 0x20 { cursor += 1 }
        return cursor == open
    }

    /// True when `byte` stands right before `start` (past spaces): `,` before a member of a list, `;` before a
    /// mention that opens a clause of its own.
    func follows(_ byte: UInt8, before start: Int) -> Bool {
        var cursor = start
        skipBackSpaces(&cursor)
        return cursor > 0 && p[cursor - 1] == byte
    }

    /// True when `,` or `và` joins the trigger at `start` to another that ends right before it, after `lower`: one
    /// compound verb of the same subject (`Nghị định số 209/2013/NĐ-CP … quy định chi tiết và hướng dẫn thi hành
    /// một số điều Luật Thuế giá trị gia tăng`, `… sửa đổi, bổ sung và bãi bỏ một số điều của …`), not a new member.
    func joinsTrigger(before start: Int, from lower: Int) -> Bool {
        var cursor = start
        skipBackSpaces(&cursor)
        guard cursor > lower else { return false }
        if p[cursor - 1] == 0x2C {
            cursor -= 1
        } else {
            let word = Tokenizer.token(before: cursor, in: buffer)
            guard word.kind == .word, Int(word.end) == cursor, isWord(word.range, "va") else { return false }
            cursor = Int(word.start)
            skipBackSpaces(&cursor)
            if cursor > lower && p[cursor - 1] == 0x2C { cursor -= 1 }
        }
        skipBackSpaces(&cursor)
        guard cursor > lower, let before = nearestTrigger(in: lower..<cursor) else { return false }
        return before.trigger.upperBound == cursor
    }

    /// True when `,`, `;` or `và` stands right before `start`: a new member of the sentence's list.
    func opensListItem(before start: Int) -> Bool {
        var cursor = start
        skipBackSpaces(&cursor)
        guard cursor > 0 else { return false }
        if p[cursor - 1] == 0x2C || p[cursor - 1] == 0x3B { return true }
        let word = Tokenizer.token(before: cursor, in: buffer)
        return word.kind == .word && isWord(word.range, "va")
    }
}
