internal import CVietCiteScan

/// Turns the matches of a document (normalized offsets) into its citations (source offsets, fields).
///
/// The text fields of all the citations go into one buffer (``CitationFields``), filled first and shared after:
/// a citation holding the buffer while it still grew would copy it.
enum CitationBuilder {
    /// True when `a[first]` and `b[second]` hold the same bytes (one `memcmp`).
    @inline(__always)
    private static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ first: Range<Int>, _ b: UnsafeBufferPointer<UInt8>,
                                  _ second: Range<Int>) -> Bool {
        guard first.count == second.count else { return false }
        guard first.count > 0 else { return true }
        return vietcite_same_bytes(a.baseAddress! + first.lowerBound, b.baseAddress! + second.lowerBound,
                                   first.count) != 0
    }

    /// Appends the head of a list's name (`Nghị quyết Trung ương `, `Đại hội `), collapsed, then a listed item's own
    /// words (`5`, `XI của Đảng`), spaced as the head was: the name or issuer of a plenum or congress listed after the
    /// first (out of line: rare).
    @inline(never)
    private static func appendListed(head: Range<Int>, item: Range<Int>, _ text: UnsafeBufferPointer<UInt8>,
                                     to builder: inout CitationFields.Builder) -> Range<Int> {
        let range = builder.appendCollapsed(UnsafeBufferPointer(rebasing: text[head]))
        if text[head.upperBound - 1] == 0x20 { builder.append(0x20) }
        return range.lowerBound..<builder.append(UnsafeBufferPointer(rebasing: text[item])).upperBound
    }

    /// Appends the UTF-8 of a stretch of a UTF-16 source (out of line: UTF-8 sources never come here).
    @inline(never)
    private static func appendUTF16(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, _ order: UTF16Text.ByteOrder,
                                     collapsed: Bool, to builder: inout CitationFields.Builder) -> Range<Int> {
        UTF16Text.utf8(of: UnsafeBufferPointer(rebasing: bytes), order).withUnsafeBufferPointer {
            collapsed ? builder.appendCollapsed($0) : builder.append($0)
        }
    }

    static func citations(from matches: UnsafeBufferPointer<Match>, normalized: NormalizedText, source: SourceText,
                          selfIndices: Set<Int>) -> [Citation] {
        guard !matches.isEmpty else { return [] }
        struct Slices {
            var span: Range<Int>
            var text: Range<Int>
            var issuer: Range<Int>?
            var name: Range<Int>?
            var trigger: Range<Int>?
            /// True when normalization repaired a character of the symbol (``SymbolRepairs``).
            var repairedSymbol: Bool
        }
        var builder = CitationFields.Builder(capacity: matches.count * 96)
        let slices = normalized.bytes.withUnsafeBufferPointer { text in
            source.bytes.withUnsafeBufferPointer { original in
                // A document in UTF-16: its spans' text and triggers are read as UTF-16 (``UTF16Text``).
                let wide = UTF16Text.byteOrder(of: original)
                return matches.indices.map { index in
                    let span = normalized.sourceRange(of: matches[index].range)
                    let clamped = span.clamped(to: 0..<original.count)
                    return Slices(
                        span: span,
                        text: wide == nil ? builder.append(UnsafeBufferPointer(rebasing: original[clamped]))
                            : Self.appendUTF16(original[clamped], wide!, collapsed: false, to: &builder),
                        issuer: matches[index].issuerRange.map { issuer in
                            // A listed congress: the congress's words before the first one's numeral (`Đại hội`), then
                            // its own (`XI của Đảng`).
                            let numeral = matches[index].range
                            guard issuer.upperBound <= numeral.lowerBound,
                                  issuer.upperBound == matches[index].nameRange?.upperBound else {
                                return builder.appendCollapsed(UnsafeBufferPointer(rebasing: text[issuer]))
                            }
                            return Self.appendListed(head: issuer, item: numeral, text, to: &builder)
                        },
                        name: matches[index].nameRange.map { name in
                            // A listed plenum's number after the name before the first one's (`Nghị quyết Trung ương`
                            // and `5`), spaced as that one was; a listed congress's numeral likewise.
                            let number = matches[index].range
                            guard name.upperBound <= number.lowerBound else {
                                return builder.appendCollapsed(UnsafeBufferPointer(rebasing: text[name]))
                            }
                            return Self.appendListed(head: name, item: number, text, to: &builder)
                        },
                        trigger: matches[index].relation.map { relation in
                            let range = normalized.sourceRange(of: relation.trigger).clamped(to: 0..<original.count)
                            guard let wide else {
                                return builder.appendCollapsed(UnsafeBufferPointer(rebasing: original[range]))
                            }
                            return Self.appendUTF16(original[range], wide, collapsed: true, to: &builder)
                        },
                        // Only a mention whose source bytes differ from its normalized ones can hold a repair.
                        repairedSymbol: matches[index].symbol != nil
                            && !sameBytes(original, clamped, text, matches[index].range)
                            && SymbolRepairs.repaired(matches[index].range, span: clamped, normalized: normalized,
                                                      source: original, order: wide))
                }
            }
        }
        let fields = builder.finish()
        return matches.indices.map { index in
            // Field by field through the buffer: a copy of the whole ``Match`` retains each of its strings.
            let slice = slices[index]
            var warnings = matches[index].warnings
            if slice.repairedSymbol && !warnings.contains("repaired-symbol") { warnings.append("repaired-symbol") }
            if !normalized.repairedDigits.isEmpty {
                for warning in OCRDigits.warnings(for: matches[index], repaired: normalized.repairedDigits)
                where !warnings.contains(warning) {
                    warnings.append(warning)
                }
            }
            let date = matches[index].date
            return Citation(
                span: slice.span, fields: fields, text: slice.text, type: matches[index].type,
                number: matches[index].number, symbol: matches[index].symbol,
                date: date.map { CitationDate(year: $0.year, month: $0.month, day: $0.day) }, issuer: slice.issuer,
                isSelf: selfIndices.contains(index), issuerCode: matches[index].issuerCode, term: matches[index].term,
                family: matches[index].family, warnings: warnings, name: slice.name, year: matches[index].year,
                pinpoint: matches[index].pinpointRange.map { Pinpoints.parse(pinpointText($0, in: normalized)) },
                relation: matches[index].relation?.relation ?? .reference, relationTrigger: slice.trigger,
                refersTo: matches[index].refersTo, candidates: matches[index].candidates)
        }
    }

    /// The pinpoint's words, whitespace collapsed.
    private static func pinpointText(_ range: Range<Int>, in normalized: NormalizedText) -> String {
        normalized.bytes.withUnsafeBufferPointer { text in
            var builder = CitationFields.Builder(capacity: range.count)
            let slice = builder.appendCollapsed(UnsafeBufferPointer(rebasing: text[range]))
            return builder.finish().string(slice)
        }
    }
}
