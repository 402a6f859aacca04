import Testing
@_spi(Stages) import VietCite

/// Documents typed in TCVN3, VNI-Windows, Windows-1258 or VISCII, as raw bytes or as their Windows-1252 view saved
/// in UTF-8 (`vietnamese-text.md` §5), read as the Unicode text they stand for.
@Suite("Legacy encodings")
struct LegacyEncodingTests {
    static let unicode = "Căn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ; thực hiện Kết luận số "
        + "114-KL/TW của Ban Bí thư."
    /// The sentence above, typed in each encoding and viewed as Windows-1252 (every byte here is its Latin-1 scalar).
    static let views: [(String, String)] = [
        ("TCVN3", "C\u{A8}n c\u{F8} Ngh\u{DE} \u{AE}\u{DE}nh s\u{E8} 24/2014/N\u{A7}-CP ng\u{B5}y 04/4/2014 c\u{F1}a "
            + "Ch\u{DD}nh ph\u{F1}; th\u{F9}c hi\u{D6}n K\u{D5}t lu\u{CB}n s\u{E8} 114-KL/TW c\u{F1}a Ban "
            + "B\u{DD} th\u{AD}."),
        ("VNI", "Ca\u{EA}n c\u{F6}\u{F9} Ngh\u{F2} \u{F1}\u{F2}nh so\u{E1} 24/2014/N\u{D1}-CP nga\u{F8}y 04/4/2014 "
            + "cu\u{FB}a Ch\u{ED}nh phu\u{FB}; th\u{F6}\u{EF}c hie\u{E4}n Ke\u{E1}t lua\u{E4}n so\u{E1} 114-KL/TW "
            + "cu\u{FB}a Ban B\u{ED} th\u{F6}."),
        // Windows-1258 writes tones as marks after the letter (`a\u{CC}` à, `\u{EA}\u{F2}` ệ); VISCII a byte a letter.
        ("CP1258", "C\u{E3}n c\u{FD}\u{EC} Nghi\u{F2} \u{F0}i\u{F2}nh s\u{F4}\u{EC} 24/2014/N\u{D0}-CP nga\u{CC}y "
            + "04/4/2014 cu\u{D2}a Chi\u{EC}nh phu\u{D2}; th\u{FD}\u{F2}c hi\u{EA}\u{F2}n K\u{EA}\u{EC}t "
            + "lu\u{E2}\u{F2}n s\u{F4}\u{EC} 114-KL/TW cu\u{D2}a Ban Bi\u{EC} th\u{FD}."),
        ("VISCII", "C\u{E5}n c\u{D1} Ngh\u{B8} \u{F0}\u{B8}nh s\u{AF} 24/2014/N\u{D0}-CP ng\u{E0}y 04/4/2014 "
            + "c\u{FC}a Ch\u{ED}nh ph\u{FC}; th\u{F1}c hi\u{AE}n K\u{AA}t lu\u{A7}n s\u{AF} 114-KL/TW c\u{FC}a Ban "
            + "B\u{ED} th\u{DF}."),
    ]

    @Test("raw bytes and the Windows-1252 view both read as Unicode, spans in the original bytes",
          arguments: [false, true])
    func reads(viewed: Bool) {
        for (name, view) in Self.views {
            let bytes = viewed ? Array(view.utf8) : view.unicodeScalars.map { UInt8($0.value) }
            let normalized = Normalizer().normalize(SourceText(bytes: bytes))
            #expect(normalized.string == Self.unicode, "\(name)")
            checkMapCoversOutput(normalized, sourceCount: bytes.count)
            let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
            #expect(citations.map(\.symbol) == ["24/2014/NĐ-CP", "114-KL/TW"], "\(name)")
            #expect(citations.map(\.type) == ["Nghị định", "Kết luận"], "\(name)")
            #expect(citations.first?.date?.description == "2014-04-04", "\(name)")
            #expect(citations.map(\.issuer) == ["Chính phủ", "Ban Bí thư"], "\(name)")
            #expect(citations.map(\.relation) == [.basis, .implements], "\(name)")
            for citation in citations {
                #expect(citation.text == String(decoding: bytes[citation.span], as: UTF8.self))
            }
        }
    }

    /// The sentence's UTF-8 bytes viewed as Windows-1252 and saved as UTF-8 (`Nghá»‹ Ä‘á»‹nh`), three ways: the byte
    /// 0x90 of `Đ`, which Windows-1252 has no symbol for, as `U+FFFD`, dropped, or kept as the control U+0090 (a view
    /// as Latin-1).
    static let viewsOfUTF8: [String] = [0xFFFD, nil, 0x90].map { (lost: UInt32?) -> String in
        var view = String.UnicodeScalarView()
        for byte in unicode.utf8 {
            if byte == 0x90 {
                if let lost { view.append(Unicode.Scalar(lost)!) }
            } else if byte >= 0x80 && byte < 0xA0, let symbol = windows1252[byte] {
                view.append(symbol)
            } else {
                view.append(Unicode.Scalar(byte))
            }
        }
        return String(view)
    }

    /// The Windows-1252 symbols of the bytes 0x80–0x9F that the sentence's UTF-8 holds.
    static let windows1252: [UInt8: Unicode.Scalar] = [0x83: "ƒ", 0x87: "‡", 0x8B: "‹", 0x91: "‘", 0x97: "—"]

    @Test("UTF-8 viewed as Windows-1252 reads as the UTF-8 it was, the lost byte of Đ restored, spans in the original")
    func readsViewOfUTF8() {
        for view in Self.viewsOfUTF8 {
            let bytes = Array(view.utf8)
            #expect(view.contains("Nghá»‹ Ä‘á»‹nh"))
            let normalized = Normalizer().normalize(SourceText(bytes: bytes))
            #expect(normalized.string == Self.unicode, "\(view)")
            checkMapCoversOutput(normalized, sourceCount: bytes.count)
            let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
            #expect(citations.map(\.symbol) == ["24/2014/NĐ-CP", "114-KL/TW"])
            #expect(citations.map(\.issuer) == ["Chính phủ", "Ban Bí thư"])
            for citation in citations {
                #expect(citation.text == String(decoding: bytes[citation.span], as: UTF8.self))
            }
        }
    }

    /// TCVN3 writes a toned capital with the small letter's byte (`.VnTimeH` fonts drew it as the capital): the
    /// title and the issuer below were typed in capitals.
    static let capitalsTCVN3 = "QUY\u{D5}T \u{A7}\u{DE}NH C\u{F1}A BAN B\u{DD} TH\u{AD} V\u{B5} \u{F1}Y BAN "
        + "NH\u{A2}N D\u{A2}N T\u{D8}NH\n"
        + "C\u{A8}n c\u{F8} Quy\u{D5}t \u{AE}\u{DE}nh s\u{E8} 12/Q\u{A7}-UBND ng\u{B5}y 02/3/2025 c\u{F1}a "
        + "\u{F1}Y BAN NH\u{A2}N D\u{A2}N T\u{D8}NH \u{A7}\u{BE}K L\u{BE}K; Ngh\u{DE} \u{AE}\u{DE}nh s\u{E8} "
        + "24/2014/N\u{A7}-CP ng\u{B5}y 04/4/2014 c\u{F1}a Ch\u{DD}nh ph\u{F1}.\nLU\u{CB}T X\u{F6} L\u{FD} VI "
        + "PH\u{B9}M H\u{B5}NH CH\u{DD}NH c\u{F1}a S\u{EB} GD\u{A7}T B\u{BE}c Ninh"

    @Test("TCVN3: the small letters of a word typed in capitals are capitals; a word in small letters keeps them")
    func capitals() {
        let bytes = Self.capitalsTCVN3.unicodeScalars.map { UInt8($0.value) }
        let normalized = Normalizer().normalize(SourceText(bytes: bytes))
        #expect(normalized.string == "QUYẾT ĐỊNH CỦA BAN BÍ THƯ VÀ ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Quyết định số "
                    + "12/QĐ-UBND ngày 02/3/2025 của ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK; Nghị định số 24/2014/NĐ-CP ngày "
                    + "04/4/2014 của Chính phủ.\nLUẬT XỬ LÝ VI PHẠM HÀNH CHÍNH của Sở GDĐT Bắc Ninh")
        checkMapCoversOutput(normalized, sourceCount: bytes.count)
        let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
        #expect(citations.map(\.issuer) == ["ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Chính phủ", "Sở GDĐT Bắc Ninh"])
        #expect(citations.last?.name == "LUẬT XỬ LÝ VI PHẠM HÀNH CHÍNH")
    }

    @Test("raw legacy bytes that happen to form UTF-8 (VISCII's ĐỒ is D0 90, UTF-8's А) are read byte by byte")
    func rawBytesThatLookLikeUTF8() {
        // `HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI ban hành Nghị quyết số 25/2024/NQ-HĐND ngày 10/7/2024.` in VISCII.
        let bytes: [UInt8] = Array("H".utf8) + [0x93] + Array("I ".utf8) + [0xD0, 0x90] + Array("NG NH".utf8) + [0xC2]
            + Array("N D".utf8) + [0xC2] + Array("N T".utf8) + [0x9B] + Array("NH L".utf8) + [0xC0]
            + Array("O CAI ban h".utf8) + [0xE0] + Array("nh Ngh".utf8) + [0xB8] + Array(" quy".utf8) + [0xAA]
            + Array("t s".utf8) + [0xAF] + Array(" 25/2024/NQ-H".utf8) + [0xD0] + Array("ND ng".utf8) + [0xE0]
            + Array("y 10/7/2024.".utf8)
        let normalized = Normalizer().normalize(SourceText(bytes: bytes))
        #expect(normalized.string
                == "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI ban hành Nghị quyết số 25/2024/NQ-HĐND ngày 10/7/2024.")
        checkMapCoversOutput(normalized, sourceCount: bytes.count)
        let citation = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations.first
        #expect(citation?.symbol == "25/2024/NQ-HĐND" && citation?.date?.description == "2024-07-10")
    }

    @Test("a decoded text that needs more normalizing (NBSP, a bad byte) keeps exact spans through both maps")
    func composedMaps() {
        let view = Self.views[0].1.replacingFirst(" 24/", with: "\u{A0}24/") + " \u{FFFD}"
        let bytes = Array(view.utf8)
        let normalized = Normalizer().normalize(SourceText(bytes: bytes))
        #expect(normalized.string == Self.unicode + " \u{FFFD}")
        checkMapCoversOutput(normalized, sourceCount: bytes.count)
        let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
        #expect(citations.map(\.symbol) == ["24/2014/NĐ-CP", "114-KL/TW"])
        for citation in citations {
            #expect(citation.text == String(decoding: bytes[citation.span], as: UTF8.self))
        }
        #expect(citations.first?.text.hasSuffix("s\u{E8}\u{A0}24/2014/N\u{A7}-CP") == true)
    }

    @Test("random legacy bytes with marks, spaces and dashes the normalizer rewrites: a map that covers the output")
    func randomLegacy() {
        var generator = SeededGenerator(seed: 11)
        let pieces: [[UInt8]] = [Array(Self.views[0].1.utf8), Array(Self.views[1].1.utf8), [0xA8, 0x6E], [0xF8],
                                 [0xDE, 0x20], [0xCC, 0x81], [0xC2, 0xA0], [0xE2, 0x80, 0x93], [0x61, 0xEA],
                                 [0xC3, 0xAA], [0xCC, 0xA3], [0xFF], [0x0A], Array("NĐ–CP".utf8),
                                 Array(Self.viewsOfUTF8[0].utf8), Array("Ä".utf8), Array("á»".utf8)]
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(generator.next() % 12) {
                bytes += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            let normalized = Normalizer().normalize(SourceText(bytes: bytes))
            checkMapCoversOutput(normalized, sourceCount: bytes.count)
            for citation in CitationExtractor().extract(from: SourceText(bytes: bytes)).citations {
                #expect(citation.span.upperBound <= bytes.count)
            }
        }
    }

    @Test("text that is not a legacy encoding is left as it is", arguments: [
        // Unicode Vietnamese, even with a few Latin-1 letters only.
        "Căn cứ Nghị định số 24/2014/NĐ-CP; Café, Müller, Ñandú, résumé, naïve, señor, crème brûlée, élève, où, déjà.",
        // French and German: Latin-1 letters, no Vietnamese syllables in any reading.
        "Décret n° 2020-123 du 5 février 2020 relatif à la sécurité des élèves, modifié par l'arrêté du 3 mars 2021 "
            + "portant création d'un comité; Größe, Übung, Straße, Mädchen, schön, über, Fußgänger, Bürger.",
        // ASCII only (Vietnamese typed without marks).
        "Can cu Nghi dinh so 24/2014/ND-CP ngay 04/4/2014 cua Chinh phu.",
    ])
    func leftAlone(_ text: String) {
        #expect(Normalizer().normalize(SourceText(text)).string == text)
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
