import Testing
@_spi(Stages) import VietCite

/// Property test: citations planted at random offsets in random prose, with noise, are each found at their
/// exact original byte span.
@Suite("Planted citations")
struct PlantedCitationTests {
    static let prose = [
        "Trong thời gian qua, ", "các cấp ủy đảng đã tập trung lãnh đạo ", "công tác dân vận chính quyền ",
        "đạt 95,5% kế hoạch năm 2023, ", "với 1.250 hộ dân ", "trên địa bàn tỉnh Trà Vinh. ", "\n",
        "điện thoại 0234.3822.111; ", "giai đoạn 2021-2025 ", "các nghị quyết của Trung ương ", "“Dân vận khéo” ",
        "hòa thuỷ khoá ", "\u{00A0}", "nghi\u{0323} quyê\u{0301}t của cấp ủy ",
    ]

    /// (written form, canonical symbol) — noise included in the written forms.
    static let citations: [(String, String)] = [
        ("Kết luận số 114-KL/TW", "114-KL/TW"), ("Chỉ thị 16/CT-TTg", "16/CT-TTg"),
        ("Nghị định số 107/2021/NĐ–CP", "107/2021/NĐ-CP"), ("Nghị quyết số 21 – NQ/TW", "21-NQ/TW"),
        ("NGHỊ QUYẾT SỐ 25-NQ/TW", "25-NQ/TW"), ("Quyết định số 2243/QĐ-UBND", "2243/QĐ-UBND"),
        ("Thông tư 47/2024/TT-BTC", "47/2024/TT-BTC"), ("Nghị định số 61/2018/ND-CP", "61/2018/NĐ-CP"),
        ("Chỉ thị số 22/CT-TW", "22-CT/TW"), ("Kế hoạch số 30-KH/BDVTU", "30-KH/BDVTU"),
        ("Nghi\u{0323} đi\u{0323}nh sô\u{0301} 30/2020/NÐ-CP", "30/2020/NĐ-CP"),
        ("Luật số 57/2014 / QH13", "57/2014/QH13"),
    ]

    @Test("each planted citation is found at its exact span")
    func planted() {
        var generator = SeededGenerator(seed: 114)
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            var planted: [(Range<Int>, String)] = []
            for _ in 0..<Int.random(in: 1...12, using: &generator) {
                for _ in 0..<Int.random(in: 1...4, using: &generator) {
                    bytes += Array(Self.prose.randomElement(using: &generator)!.utf8)
                }
                let (written, symbol) = Self.citations.randomElement(using: &generator)!
                bytes += Array("theo ".utf8)
                let start = bytes.count
                bytes += Array(written.utf8)
                planted.append((start..<bytes.count, symbol))
                bytes += Array(" về ".utf8)
                if Bool.random(using: &generator) { bytes += [0xFF] }
            }
            let found = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
            #expect(found.map(\.span) == planted.map(\.0))
            #expect(found.map(\.symbol) == planted.map(\.1))
        }
    }

    @Test("adversarial inputs finish: repeated words, long lists, one huge line")
    func adversarial() {
        let inputs: [String] = [
            String(repeating: "số ", count: 100_000), String(repeating: "Nghị quyết ", count: 50_000),
            (1...10_000).map(String.init).joined(separator: ", "), String(repeating: "1-", count: 100_000),
            String(repeating: "Nghị quyết số 18, ", count: 5_000),
        ]
        for input in inputs {
            _ = CitationExtractor().citations(in: input)
        }
        let numbers = (1...2_000).map(String.init).joined(separator: ", ")
        let list = CitationExtractor().citations(in: "Nghị quyết số " + numbers)
        #expect(list.count == 2_000)
    }
}
