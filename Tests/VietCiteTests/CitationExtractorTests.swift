import Testing
@_spi(Stages) import VietCite
import VietCiteTestSupport

/// What one mention in a sentence should read as. `text` is the expected span, located in the input.
struct Expected: Sendable, CustomTestStringConvertible {
    var text: String
    var type: String?
    var number: String?
    var symbol: String?
    var date: String? = nil
    var issuer: String? = nil
    var warnings: [String] = []
    var year: Int? = nil
    /// Checked only when given (most rows leave the term to the rows written for it).
    var term: String? = nil
    var testDescription: String { text }
}

struct Row: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: [Expected]
    let line: Int
    init(_ input: String, _ expected: [Expected], line: Int = #line) {
        self.input = input
        self.expected = expected
        self.line = line
    }
    var testDescription: String { "line \(line): \(input.prefix(50))" }
}

@Suite("CitationExtractor")
struct CitationExtractorTests {
    static let rows: [Row] = [
        // The meeting's ordinal is not the issuer; a resolution named by its plenum takes nothing from its list.
        Row("Kết luận số 21-KL/TW ngày 25/10/2021 Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về", [
            Expected(text: "Kết luận số 21-KL/TW", type: "Kết luận", number: "21", symbol: "21-KL/TW",
                     date: "2021-10-25",
                     issuer: "Ban Chấp hành Trung ương Đảng")]),
        // An ordinal of several number words, before the date or after it (`lần thứ mười một`); a congress's too.
        Row("Nghị quyết số 60-NQ/TW Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII ngày 12/4/2025; "
            + "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ mười bảy, nhiệm kỳ 2020 - 2025.", [
            Expected(text: "Nghị quyết số 60-NQ/TW", type: "Nghị quyết", number: "60", symbol: "60-NQ/TW",
                     date: "2025-04-12", issuer: "Ban Chấp hành Trung ương Đảng"),
            Expected(text: "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ mười bảy", type: "Nghị quyết", number: nil,
                     symbol: nil, issuer: "Đại hội đại biểu Đảng bộ tỉnh lần thứ mười bảy")]),
        // A date set off by commas after the issuer is the document's when its subject or the clause's end follows;
        // not when a clause of its own goes on after it, on the same line or on the next, which only wraps it.
        Row("Căn cứ Công văn số 123/SNV-TCBC của Sở Nội vụ, ngày 02/4/2025, về việc sắp xếp; Kế hoạch số 45/KH-UBND "
            + "của UBND tỉnh, ngày 10/3/2024 V/v triển khai;\nTheo Quyết định số 12/QĐ-UBND của UBND huyện, ngày "
            + "5/1/2024,\nUBND xã đã tổ chức; Thông báo số 8/TB-UBND của UBND xã, ngày 6/2/2024.", [
            Expected(text: "Công văn số 123/SNV-TCBC", type: "Công văn", number: "123", symbol: "123/SNV-TCBC",
                     date: "2025-04-02", issuer: "Sở Nội vụ"),
            Expected(text: "Kế hoạch số 45/KH-UBND", type: "Kế hoạch", number: "45", symbol: "45/KH-UBND",
                     date: "2024-03-10", issuer: "UBND tỉnh"),
            Expected(text: "Quyết định số 12/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/QĐ-UBND",
                     issuer: "UBND huyện"),
            Expected(text: "Thông báo số 8/TB-UBND", type: "Thông báo", number: "8", symbol: "8/TB-UBND",
                     date: "2024-02-06", issuer: "UBND xã")]),
        // The Party's bodies named since 2025, with lower-case words, `và` or a comma inside their names.
        Row("Công văn số 45-CV/BTGDVTW ngày 4/4/2025 của Ban Tuyên giáo và Dân vận Trung ương về tuyên truyền; Kế "
            + "hoạch số 12-KH/ĐU ngày 5/5/2025 của Đảng ủy các cơ quan Đảng Trung ương về đại hội; Hướng dẫn số "
            + "03-HD/ĐU của Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh về công tác; Báo cáo số 7-BC/BCSTW của Ban "
            + "Chính sách, chiến lược Trung ương.", [
            Expected(text: "Công văn số 45-CV/BTGDVTW", type: "Công văn", number: "45", symbol: "45-CV/BTGDVTW",
                     date: "2025-04-04", issuer: "Ban Tuyên giáo và Dân vận Trung ương"),
            Expected(text: "Kế hoạch số 12-KH/ĐU", type: "Kế hoạch", number: "12", symbol: "12-KH/ĐU",
                     date: "2025-05-05", issuer: "Đảng ủy các cơ quan Đảng Trung ương"),
            Expected(text: "Hướng dẫn số 03-HD/ĐU", type: "Hướng dẫn", number: "03", symbol: "03-HD/ĐU",
                     issuer: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"),
            Expected(text: "Báo cáo số 7-BC/BCSTW", type: "Báo cáo", number: "7", symbol: "7-BC/BCSTW",
                     issuer: "Ban Chính sách, chiến lược Trung ương")]),
        // A special zone (`đặc khu`, since 2025) and the departments and boards whose names hold lower-case words.
        Row("Quyết định số 45/QĐ-UBND ngày 4/7/2025 của Ủy ban nhân dân đặc khu Phú Quốc về việc giao; Kế hoạch số "
            + "12/KH-SVHTT của Sở Văn hóa và Thể thao tỉnh Lâm Đồng; Công văn số 8/BQL-QHXD của Ban Quản lý Khu công "
            + "nghệ cao Hòa Lạc đặc biệt lưu ý.", [
            Expected(text: "Quyết định số 45/QĐ-UBND", type: "Quyết định", number: "45", symbol: "45/QĐ-UBND",
                     date: "2025-07-04", issuer: "Ủy ban nhân dân đặc khu Phú Quốc"),
            Expected(text: "Kế hoạch số 12/KH-SVHTT", type: "Kế hoạch", number: "12", symbol: "12/KH-SVHTT",
                     issuer: "Sở Văn hóa và Thể thao tỉnh Lâm Đồng"),
            Expected(text: "Công văn số 8/BQL-QHXD", type: "Công văn", number: "8", symbol: "8/BQL-QHXD",
                     issuer: "Ban Quản lý Khu công nghệ cao Hòa Lạc")]),
        // `GP` is a licence's code: its type word may stand a few words before `số`, or none.
        Row("Giấy phép xây dựng số 125/GPXD ngày 12/4/2024 của UBND quận; số 45/GP-BTTTT; Công văn số 45/GPMB-UBND.", [
            Expected(text: "Giấy phép xây dựng số 125/GPXD", type: "Giấy phép", number: "125", symbol: "125/GPXD",
                     date: "2024-04-12", issuer: "UBND quận"),
            Expected(text: "số 45/GP-BTTTT", type: "Giấy phép", number: "45", symbol: "45/GP-BTTTT"),
            Expected(text: "Công văn số 45/GPMB-UBND", type: "Công văn", number: "45", symbol: "45/GPMB-UBND")]),
        // The issuer after `cùng ngày`, the date a list shares, is the list's.
        Row("Quyết định số 1234/QĐ-UBND ngày 12/5/2025 và Quyết định số 1235/QĐ-UBND cùng ngày của UBND tỉnh "
            + "về đề án.", [
            Expected(text: "Quyết định số 1234/QĐ-UBND", type: "Quyết định", number: "1234", symbol: "1234/QĐ-UBND",
                     date: "2025-05-12", issuer: "UBND tỉnh"),
            Expected(text: "Quyết định số 1235/QĐ-UBND", type: "Quyết định", number: "1235", symbol: "1235/QĐ-UBND",
                     date: "2025-05-12", issuer: "UBND tỉnh")]),
        // A joint document lists its issuers with commas; elsewhere a comma ends the issuer.
        Row("Thông tư liên tịch số 07/2016/TTLT-BYT-BNNPTNT-BCT ngày 09/3/2016 của Bộ trưởng Bộ Y tế, Bộ trưởng "
            + "Bộ Nông nghiệp và Phát triển nông thôn, Bộ trưởng Bộ Công Thương quy định; Quyết định số 5/QĐ-UBND "
            + "của UBND tỉnh, Sở Tài chính đã hướng dẫn.", [
            Expected(text: "Thông tư liên tịch số 07/2016/TTLT-BYT-BNNPTNT-BCT", type: "Thông tư liên tịch",
                     number: "07", symbol: "07/2016/TTLT-BYT-BNNPTNT-BCT", date: "2016-03-09",
                     issuer: "Bộ trưởng Bộ Y tế, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn, "
                        + "Bộ trưởng Bộ Công Thương"),
            Expected(text: "Quyết định số 5/QĐ-UBND", type: "Quyết định", number: "5", symbol: "5/QĐ-UBND",
                     issuer: "UBND tỉnh")]),
        // `sơ` is no `số` (`Hồ sơ`), but after a type word, where OCR misreads `số`.
        Row("Hồ sơ 12/QĐ-UBND lưu tại kho; Quyết định sơ 15/QĐ-UBND ngày 02/3/2024.", [
            Expected(text: "12/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/QĐ-UBND"),
            Expected(text: "Quyết định sơ 15/QĐ-UBND", type: "Quyết định", number: "15", symbol: "15/QĐ-UBND",
                     date: "2024-03-02")]),
        // The Assembly's joint resolutions name three issuers, the Front's presidium the third.
        Row("Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban "
            + "Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi "
            + "tiết các hình thức giám sát;", [
            Expected(text: "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN",
                     type: "Nghị quyết liên tịch", number: "403", symbol: "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN",
                     date: "2017-06-15", issuer: "Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung "
                        + "ương Mặt trận Tổ quốc Việt Nam")]),
        // A congress after the date, without `của`; not `Đại hội` alone.
        Row("Nghị quyết số 01-NQ/ĐH, ngày 15/10/2020 Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025; "
            + "Nghị quyết số 5/NQ-HĐND ngày 1/1/2024, Đại hội cũng yêu cầu", [
            Expected(text: "Nghị quyết số 01-NQ/ĐH", type: "Nghị quyết", number: "01", symbol: "01-NQ/ĐH",
                     date: "2020-10-15", issuer: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"),
            Expected(text: "Nghị quyết số 5/NQ-HĐND", type: "Nghị quyết", number: "5", symbol: "5/NQ-HĐND",
                     date: "2024-01-01")]),
        Row("Nghị quyết Trung ương 4 khóa XIII và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị", [
            Expected(text: "Nghị quyết Trung ương 4 khóa XIII", type: "Nghị quyết", number: nil, symbol: nil),
            Expected(text: "Kết luận số 01-KL/TW", type: "Kết luận", number: "01", symbol: "01-KL/TW",
                     date: "2021-05-18",
                     issuer: "Bộ Chính trị")]),
        // A congress named in a name is that document's issuer alone, not one written once for the list before it.
        Row("Quán triệt Kết luận 21-KL/TW và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.", [
            Expected(text: "Kết luận 21-KL/TW", type: "Kết luận", number: "21", symbol: "21-KL/TW"),
            Expected(text: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX", type: "Nghị quyết", number: nil, symbol: nil,
                     issuer: "Đại hội Đảng bộ tỉnh lần thứ XX")]),
        // Mixed-case codes: as written they stand; in capitals they are repaired; a word glued after one is cut off.
        Row("Chỉ thị số 16/CT-TTg. Chỉ thị 15/CT-TTG. Quyết định số 27/QĐ-TTgngày 5/1/2022. Quy định 12-QĐi/TW.", [
            Expected(text: "Chỉ thị số 16/CT-TTg", type: "Chỉ thị", number: "16", symbol: "16/CT-TTg"),
            Expected(text: "Chỉ thị 15/CT-TTG", type: "Chỉ thị", number: "15", symbol: "15/CT-TTg",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Quyết định số 27/QĐ-TTg", type: "Quyết định", number: "27", symbol: "27/QĐ-TTg",
                     date: "2022-01-05"),
            Expected(text: "Quy định 12-QĐi/TW", type: "Quy định", number: "12", symbol: "12-QĐi/TW")]),
        // A dash typed as a dot between capital codes; a dot that ends the sentence is no part of the symbol.
        Row("Theo Quyết định số 125/QĐ.UBND ngày 3/4/2023 của UBND xã. Quyết định 12/QĐ-UBND.Ông A; "
            + "Thông báo 5/TB.Xem", [
            Expected(text: "Quyết định số 125/QĐ.UBND", type: "Quyết định", number: "125", symbol: "125/QĐ-UBND",
                     date: "2023-04-03", issuer: "UBND xã", warnings: ["repaired-symbol"]),
            Expected(text: "Quyết định 12/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/QĐ-UBND"),
            Expected(text: "Thông báo 5/TB", type: "Thông báo", number: "5", symbol: "5/TB")]),
        // Codes joined by `&` are one code (an education department's `SGD&ĐT`); `&` before a small word is not.
        Row("Số: 1567 /SGD&ĐT-GDTrH\nQuyết định số 12/QĐ-SGD&ĐT; Kế hoạch 7/KH-PGD&ĐT; Công văn 3/UBND&các sở", [
            Expected(text: "1567 /SGD&ĐT-GDTrH", type: "Công văn", number: "1567", symbol: "1567/SGD&ĐT-GDTrH",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Quyết định số 12/QĐ-SGD&ĐT", type: "Quyết định", number: "12", symbol: "12/QĐ-SGD&ĐT"),
            Expected(text: "Kế hoạch 7/KH-PGD&ĐT", type: "Kế hoạch", number: "7", symbol: "7/KH-PGD&ĐT"),
            Expected(text: "Công văn 3/UBND", type: "Công văn", number: "3", symbol: "3/UBND")]),
        // A type word or abbreviation glued to the number opens the mention; the year of a symbol whose number
        // cannot be read is no number of its own.
        Row("Mức phạt nâng theo NĐ168/2024/NĐ-CP, Nghị định123/2020/NĐ-CP; mã 12A/2024/NĐ-CP, Luật số/2015/QH13.", [
            Expected(text: "NĐ168/2024/NĐ-CP", type: "Nghị định", number: "168", symbol: "168/2024/NĐ-CP"),
            Expected(text: "Nghị định123/2020/NĐ-CP", type: "Nghị định", number: "123", symbol: "123/2020/NĐ-CP")]),
        // A date right after the issuer is the mention's; after a comma it opens a clause of its own.
        Row("Quyết định số 123/QĐ-UBND của UBND huyện Gia Lâm ngày 1/1/2024; Báo cáo số 12/BC-UBND của UBND tỉnh, "
            + "ngày 5/3/2024 Sở họp.", [
            Expected(text: "Quyết định số 123/QĐ-UBND", type: "Quyết định", number: "123", symbol: "123/QĐ-UBND",
                     date: "2024-01-01", issuer: "UBND huyện Gia Lâm"),
            Expected(text: "Báo cáo số 12/BC-UBND", type: "Báo cáo", number: "12", symbol: "12/BC-UBND",
                     issuer: "UBND tỉnh")]),
        // A title in capitals: the verb that opens the subject ends the issuer, read as a pair (`QUY NHƠN` is a city).
        Row("SỬA ĐỔI NGHỊ ĐỊNH SỐ 123/2020/NĐ-CP NGÀY 19 THÁNG 10 NĂM 2020 CỦA CHÍNH PHỦ QUY ĐỊNH VỀ HÓA ĐƠN; QUYẾT "
            + "ĐỊNH SỐ 5/QĐ-UBND CỦA UBND THÀNH PHỐ QUY NHƠN VỀ VIỆC", [
            Expected(text: "NGHỊ ĐỊNH SỐ 123/2020/NĐ-CP", type: "Nghị định", number: "123", symbol: "123/2020/NĐ-CP",
                     date: "2020-10-19", issuer: "CHÍNH PHỦ"),
            Expected(text: "QUYẾT ĐỊNH SỐ 5/QĐ-UBND", type: "Quyết định", number: "5", symbol: "5/QĐ-UBND",
                     issuer: "UBND THÀNH PHỐ QUY NHƠN")]),
        // A plural head names the issuer of its list, after a colon or before the first member.
        Row("Căn cứ các Nghị định của Chính phủ: số 15/2020/NĐ-CP ngày 03/02/2020; số 123/2020/NĐ-CP;\nCăn cứ các "
            + "Thông tư của Bộ Tài chính số 78/2021/TT-BTC, số 80/2021/TT-BTC;\nÝ kiến của Bộ Tư pháp: Thông tư số "
            + "12/2024/TT-BTP.", [
            Expected(text: "số 15/2020/NĐ-CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP",
                     date: "2020-02-03", issuer: "Chính phủ"),
            Expected(text: "số 123/2020/NĐ-CP", type: "Nghị định", number: "123", symbol: "123/2020/NĐ-CP",
                     issuer: "Chính phủ"),
            Expected(text: "số 78/2021/TT-BTC", type: "Thông tư", number: "78", symbol: "78/2021/TT-BTC",
                     issuer: "Bộ Tài chính"),
            Expected(text: "số 80/2021/TT-BTC", type: "Thông tư", number: "80", symbol: "80/2021/TT-BTC",
                     issuer: "Bộ Tài chính"),
            Expected(text: "Thông tư số 12/2024/TT-BTP", type: "Thông tư", number: "12", symbol: "12/2024/TT-BTP")]),
        // A People's Council numbers its terms on its own: the Party Congress's terms do not check its dates.
        Row("Nghị quyết số 01/2024/NQ-HĐND ngày 10/7/2024 của Hội đồng nhân dân tỉnh khóa X, kỳ họp thứ 20", [
            Expected(text: "Nghị quyết số 01/2024/NQ-HĐND", type: "Nghị quyết", number: "01", symbol: "01/2024/NQ-HĐND",
                     date: "2024-07-10", issuer: "Hội đồng nhân dân tỉnh", term: "X")]),
        // A lower-case word after an issuer's name continues it only as a level (`tỉnh`), an opener with its word
        // (`thị xã`, not `thí điểm`), or the word the one before calls for (`Ban chấp hành`); else it opens the rest.
        Row("Nghị quyết số 1/2025/QH15 của Quốc hội thí điểm; Kế hoạch số 3/KH-UBND của UBND tỉnh tổ chức thực hiện; "
            + "Quyết định số 6/QĐ-UBND của UBND thị trấn Phùng; Chỉ thị số 2-CT/TU của ban chấp hành đảng bộ tỉnh về", [
            Expected(text: "Nghị quyết số 1/2025/QH15", type: "Nghị quyết", number: "1", symbol: "1/2025/QH15",
                     issuer: "Quốc hội"),
            Expected(text: "Kế hoạch số 3/KH-UBND", type: "Kế hoạch", number: "3", symbol: "3/KH-UBND",
                     issuer: "UBND tỉnh"),
            Expected(text: "Quyết định số 6/QĐ-UBND", type: "Quyết định", number: "6", symbol: "6/QĐ-UBND",
                     issuer: "UBND thị trấn Phùng"),
            Expected(text: "Chỉ thị số 2-CT/TU", type: "Chỉ thị", number: "2", symbol: "2-CT/TU",
                     issuer: "ban chấp hành đảng bộ tỉnh")]),
        // Laws and ordinances numbered by the President's order before 2000, in the Party's order.
        Row("Căn cứ Bộ luật Lao động số 35-L/CTN ngày 23/6/1994; Luật số 12-LCT/HĐNN8; số 5-L/TW.", [
            Expected(text: "Bộ luật Lao động số 35-L/CTN", type: "Bộ luật", number: "35", symbol: "35-L/CTN",
                     date: "1994-06-23"),
            Expected(text: "Luật số 12-LCT/HĐNN8", type: "Luật", number: "12", symbol: "12-LCT/HĐNN8")]),
        // The body that issued one document issues the next `ban hành` of its sentence; a body named before it is its
        // own.
        Row("UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND ngày 1/2/2024 và ban hành Quyết định số 13/QĐ-UBND; Sở Y tế "
            + "ban hành Công văn số 14/SYT-NV.", [
            Expected(text: "Kế hoạch số 12/KH-UBND", type: "Kế hoạch", number: "12", symbol: "12/KH-UBND",
                     date: "2024-02-01", issuer: "UBND tỉnh"),
            Expected(text: "Quyết định số 13/QĐ-UBND", type: "Quyết định", number: "13", symbol: "13/QĐ-UBND",
                     issuer: "UBND tỉnh"),
            Expected(text: "Công văn số 14/SYT-NV", type: "Công văn", number: "14", symbol: "14/SYT-NV",
                     issuer: "Sở Y tế")]),
        // A short form followed by a word that folds as a counted one does (`lan tỏa`, `quy định`), or by its year.
        Row("Nghị quyết 57 lan tỏa; Quyết định 290 quy định rõ; Nghị quyết 18 năm 2017.", [
            Expected(text: "Nghị quyết 57", type: "Nghị quyết", number: "57", symbol: nil),
            Expected(text: "Quyết định 290", type: "Quyết định", number: "290", symbol: nil),
            Expected(text: "Nghị quyết 18", type: "Nghị quyết", number: "18", symbol: nil, year: 2017)]),
        // Two of the administrative types of Nghị định 30/2020/NĐ-CP, with a symbol or after `số` only.
        Row("Giấy mời số 45/GM-UBND; Biên bản số 12/BB-UBND ngày 3/4/2024; biên bản 3 trang; Biên bản 5 của Sở.", [
            Expected(text: "Giấy mời số 45/GM-UBND", type: "Giấy mời", number: "45", symbol: "45/GM-UBND"),
            Expected(text: "Biên bản số 12/BB-UBND", type: "Biên bản", number: "12", symbol: "12/BB-UBND",
                     date: "2024-04-03")]),
        // The other administrative types of that decree: their words are read before `số` only, and their codes
        // name them (`BGN` is no issuer's unit, so `số 02/BGN-UBND` is no Công văn).
        Row("Căn cứ Hợp đồng số 15/2023/HĐ-XD ngày 12/3/2023; Bản ghi nhớ số 02/BGN-UBND; số 05/GUQ-UBND; hợp đồng 2 "
            + "năm; giấy giới thiệu 3 bản; Phiếu chuyển số 4/PC-VP; trong 12 tháng 5 lần.", [
            Expected(text: "Hợp đồng số 15/2023/HĐ-XD", type: "Hợp đồng", number: "15", symbol: "15/2023/HĐ-XD",
                     date: "2023-03-12"),
            Expected(text: "Bản ghi nhớ số 02/BGN-UBND", type: "Bản ghi nhớ", number: "02", symbol: "02/BGN-UBND"),
            Expected(text: "số 05/GUQ-UBND", type: "Giấy ủy quyền", number: "05", symbol: "05/GUQ-UBND"),
            Expected(text: "Phiếu chuyển số 4/PC-VP", type: "Phiếu chuyển", number: "4", symbol: "4/PC-VP")]),
        // A congress issues with its ordinal; `Đại hội` and `đại biểu` go on an issuer's name.
        Row("Nghị quyết số 01-NQ/ĐH ngày 20/10/2020 của Đại hội đại biểu Đảng bộ tỉnh lần thứ XX; Nghị quyết số "
            + "03-NQ/ĐH của Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.", [
            Expected(text: "Nghị quyết số 01-NQ/ĐH", type: "Nghị quyết", number: "01", symbol: "01-NQ/ĐH",
                     date: "2020-10-20", issuer: "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX"),
            Expected(text: "Nghị quyết số 03-NQ/ĐH", type: "Nghị quyết", number: "03", symbol: "03-NQ/ĐH",
                     issuer: "Đại hội đại biểu toàn quốc lần thứ XIII")]),
        // Names whose words have a lower-case second half: between two capitalised words, or a known pair at the end;
        // numbered districts. A verb after the name is still no part of it.
        Row("Quyết định số 1/QĐ-MTTW của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; Thông tư số 2/2024/TT-NHNN của "
            + "Thống đốc Ngân hàng Nhà nước Việt Nam; Quyết định số 3/QĐ-BCS của Ban cán sự đảng Bộ Tư pháp; Quyết "
            + "định số 4/QĐ-UBND của UBND quận 1; Kế hoạch số 5/KH-CAT của Công an tỉnh; Nghị quyết số 6/NQ-QH của "
            + "Quốc hội giao Chính phủ.", [
            Expected(text: "Quyết định số 1/QĐ-MTTW", type: "Quyết định", number: "1", symbol: "1/QĐ-MTTW",
                     issuer: "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
            Expected(text: "Thông tư số 2/2024/TT-NHNN", type: "Thông tư", number: "2", symbol: "2/2024/TT-NHNN",
                     issuer: "Thống đốc Ngân hàng Nhà nước Việt Nam"),
            Expected(text: "Quyết định số 3/QĐ-BCS", type: "Quyết định", number: "3", symbol: "3/QĐ-BCS",
                     issuer: "Ban cán sự đảng Bộ Tư pháp"),
            Expected(text: "Quyết định số 4/QĐ-UBND", type: "Quyết định", number: "4", symbol: "4/QĐ-UBND",
                     issuer: "UBND quận 1"),
            Expected(text: "Kế hoạch số 5/KH-CAT", type: "Kế hoạch", number: "5", symbol: "5/KH-CAT",
                     issuer: "Công an tỉnh"),
            Expected(text: "Nghị quyết số 6/NQ-QH", type: "Nghị quyết", number: "6", symbol: "6/NQ-QH",
                     issuer: "Quốc hội")]),
        Row("Công văn số 7/TCTK-VP của Tổng cục Thống kê; Công văn số 8/PGDĐT của Phòng Giáo dục và Đào tạo huyện; "
            + "Công văn số 9/VHL-VP của Viện Hàn lâm Khoa học xã hội Việt Nam; Công văn số 10/QLTT-VP của Cục Quản lý "
            + "thị trường về việc kiểm tra.", [
            Expected(text: "Công văn số 7/TCTK-VP", type: "Công văn", number: "7", symbol: "7/TCTK-VP",
                     issuer: "Tổng cục Thống kê"),
            Expected(text: "Công văn số 8/PGDĐT", type: "Công văn", number: "8", symbol: "8/PGDĐT",
                     issuer: "Phòng Giáo dục và Đào tạo huyện"),
            Expected(text: "Công văn số 9/VHL-VP", type: "Công văn", number: "9", symbol: "9/VHL-VP",
                     issuer: "Viện Hàn lâm Khoa học xã hội Việt Nam"),
            Expected(text: "Công văn số 10/QLTT-VP", type: "Công văn", number: "10", symbol: "10/QLTT-VP",
                     issuer: "Cục Quản lý thị trường")]),
        Row("Công văn số 11/UBQLV-VP của Ủy ban Quản lý vốn nhà nước tại doanh nghiệp; Quyết định số 12/QĐ-BQL của Ban "
            + "Quản lý các khu công nghiệp tỉnh về việc giao đất.", [
            Expected(text: "Công văn số 11/UBQLV-VP", type: "Công văn", number: "11", symbol: "11/UBQLV-VP",
                     issuer: "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp"),
            Expected(text: "Quyết định số 12/QĐ-BQL", type: "Quyết định", number: "12", symbol: "12/QĐ-BQL",
                     issuer: "Ban Quản lý các khu công nghiệp tỉnh")]),
        // The day a document was issued or signed is its date; the day it takes effect is not.
        Row("Quyết định số 16/QĐ-UBND ban hành ngày 15/3/2024; Quyết định số 17/QĐ-UBND được ký ban hành ngày "
            + "16/3/2024 của UBND tỉnh; Thông tư 01/2024/TT-BTC có hiệu lực từ ngày 1/1/2024. Chỉ thị số 10/CT-UBND, "
            + "ban hành ngày 12/3/2024; Quyết định số 77/QĐ-UBND, có hiệu lực từ ngày 1/1/2025.", [
            Expected(text: "Quyết định số 16/QĐ-UBND", type: "Quyết định", number: "16", symbol: "16/QĐ-UBND",
                     date: "2024-03-15"),
            Expected(text: "Quyết định số 17/QĐ-UBND", type: "Quyết định", number: "17", symbol: "17/QĐ-UBND",
                     date: "2024-03-16", issuer: "UBND tỉnh"),
            Expected(text: "Thông tư 01/2024/TT-BTC", type: "Thông tư", number: "01", symbol: "01/2024/TT-BTC"),
            Expected(text: "Chỉ thị số 10/CT-UBND", type: "Chỉ thị", number: "10", symbol: "10/CT-UBND",
                     date: "2024-03-12"),
            Expected(text: "Quyết định số 77/QĐ-UBND", type: "Quyết định", number: "77", symbol: "77/QĐ-UBND")]),
        // A list member whose symbol opens with a type code of its own keeps that type; without one, the head's.
        Row("Căn cứ Quyết định số 1/QĐ-UBND; số 2/KH-UBND; Bộ luật Dân sự số 91/2015/QH13; số 107/2020/NĐ-CP.", [
            Expected(text: "Quyết định số 1/QĐ-UBND", type: "Quyết định", number: "1", symbol: "1/QĐ-UBND"),
            Expected(text: "số 2/KH-UBND", type: "Kế hoạch", number: "2", symbol: "2/KH-UBND"),
            Expected(text: "Bộ luật Dân sự số 91/2015/QH13", type: "Bộ luật", number: "91", symbol: "91/2015/QH13"),
            Expected(text: "số 107/2020/NĐ-CP", type: "Nghị định", number: "107", symbol: "107/2020/NĐ-CP")]),
        // News pages: the number and year without the code; a month and year alone is no mention.
        Row("Theo Điều 3 Nghị định 15/2020 và Thông tư 01/2021, ngày 01/2021.", [
            Expected(text: "Nghị định 15/2020", type: "Nghị định", number: "15", symbol: nil, year: 2020),
            Expected(text: "Thông tư 01/2021", type: "Thông tư", number: "01", symbol: nil, year: 2021)]),
        // The same after `nd` or `qd`, typed in haste without the `đ`; not before a bare number, nor inside a word.
        Row("Theo nd 168/2024 thi muc phat la 6 trieu; qd 15/2023 cua UBND; and 12/2024; nd 5 muc.", [
            Expected(text: "nd 168/2024", type: "Nghị định", number: "168", symbol: nil, year: 2024),
            Expected(text: "qd 15/2023", type: "Quyết định", number: "15", symbol: nil, issuer: "UBND", year: 2023)]),
        // The same glued to the type's abbreviation; not glued to another word.
        Row("Theo NĐ168/2024 và TT80/2021, khu KNĐ5/2020.", [
            Expected(text: "NĐ168/2024", type: "Nghị định", number: "168", symbol: nil, year: 2024),
            Expected(text: "TT80/2021", type: "Thông tư", number: "80", symbol: nil, year: 2021)]),
        // A short form's number with a letter issued after it; not a house's.
        Row("Nghị quyết 30a đã giúp giảm nghèo; số nhà 12a, phòng 5b.", [
            Expected(text: "Nghị quyết 30a", type: "Nghị quyết", number: "30a", symbol: nil)]),
        // A short form glued to its abbreviation; one digit glued names a building or a block.
        Row("giãn cách theo CT16 và NQ21; căn hộ tòa CT2, khu TT1, lô KH3.", [
            Expected(text: "CT16", type: "Chỉ thị", number: "16", symbol: nil),
            Expected(text: "NQ21", type: "Nghị quyết", number: "21", symbol: nil)]),
        // `bị` after an issuer is the passive, not the `bí` of `Ban Bí thư`.
        Row("Quyết định số 789/QĐ-UBND ngày 12/5/2023 của Chủ tịch UBND tỉnh bị bãi bỏ; Chỉ thị của bí thư chi bộ.", [
            Expected(text: "Quyết định số 789/QĐ-UBND", type: "Quyết định", number: "789", symbol: "789/QĐ-UBND",
                     date: "2023-05-12", issuer: "Chủ tịch UBND tỉnh")]),
        Row("Tờ trình số 123/TTr-SXD ngày 05/3/2024, Báo cáo thẩm định số 45/BC-STP ngày 01/3/2024 của Sở Tư pháp.", [
            Expected(text: "Tờ trình số 123/TTr-SXD", type: "Tờ trình", number: "123", symbol: "123/TTr-SXD",
                     date: "2024-03-05"),
            Expected(text: "Báo cáo thẩm định số 45/BC-STP", type: "Báo cáo", number: "45", symbol: "45/BC-STP",
                     date: "2024-03-01", issuer: "Sở Tư pháp")]),
        // A short form of another type takes no date or issuer from the full citation after `và`.
        Row("phổ biến Thông tư 32 và Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ", [
            Expected(text: "Thông tư 32", type: "Thông tư", number: "32", symbol: nil),
            Expected(text: "Nghị định số 96/2023/NĐ-CP", type: "Nghị định", number: "96", symbol: "96/2023/NĐ-CP",
                     date: "2023-12-30", issuer: "Chính phủ")]),
        // A modifier between the type word and `số`; `Thông báo kết luận` is a Thông báo. The issuer stated before
        // holds for the clause after `;`, while its symbol names the same body.
        Row("Đảng ủy xã đã ban hành Nghị quyết chuyên đề số 03-NQ/ĐU; Thông báo kết luận số 45-TB/ĐU ngày 3-4-2022", [
            Expected(text: "Nghị quyết chuyên đề số 03-NQ/ĐU", type: "Nghị quyết", number: "03", symbol: "03-NQ/ĐU",
                     issuer: "Đảng ủy xã"),
            Expected(text: "Thông báo kết luận số 45-TB/ĐU", type: "Thông báo", number: "45", symbol: "45-TB/ĐU",
                     date: "2022-04-03", issuer: "Đảng ủy xã")]),
        // A term written before `ban hành` is not the issuer: the body before it is, or none is read.
        Row("Ban Chấp hành Trung ương khóa XIII đã ban hành Nghị quyết số 45-NQ/TW. Hội nghị Trung ương 8 khóa XIII đã "
            + "ban hành Nghị quyết số 44-NQ/TW.", [
            Expected(text: "Nghị quyết số 45-NQ/TW", type: "Nghị quyết", number: "45", symbol: "45-NQ/TW",
                     issuer: "Ban Chấp hành Trung ương"),
            Expected(text: "Nghị quyết số 44-NQ/TW", type: "Nghị quyết", number: "44", symbol: "44-NQ/TW")]),
        // `thông qua`, as a council or the Assembly adopts; not `Thông qua` that opens a sentence (`through`).
        Row("HĐND tỉnh đã thông qua Nghị quyết số 15/2024/NQ-HĐND và Nghị quyết số 16/2024/NQ-HĐND. Quốc hội thông "
            + "qua Luật Trí tuệ nhân tạo. Thông qua Kế hoạch số 12/KH-UBND, các sở triển khai.", [
            Expected(text: "Nghị quyết số 15/2024/NQ-HĐND", type: "Nghị quyết", number: "15", symbol: "15/2024/NQ-HĐND",
                     issuer: "HĐND tỉnh"),
            Expected(text: "Nghị quyết số 16/2024/NQ-HĐND", type: "Nghị quyết", number: "16", symbol: "16/2024/NQ-HĐND",
                     issuer: "HĐND tỉnh"),
            Expected(text: "Luật Trí tuệ nhân tạo", type: "Luật", number: nil, symbol: nil, issuer: "Quốc hội"),
            Expected(text: "Kế hoạch số 12/KH-UBND", type: "Kế hoạch", number: "12", symbol: "12/KH-UBND")]),
        // `của` and a meeting's ordinal right before the mention: the issuer read past the ordinal would start after
        // the words before the mention (this crashed on a range whose bounds were reversed).
        Row("Quyết định của Hội nghị lần thứ sáu Nghị quyết số 57-NQ/TW ngày 1/1/2020.", [
            Expected(text: "Nghị quyết số 57-NQ/TW", type: "Nghị quyết", number: "57", symbol: "57-NQ/TW",
                     date: "2020-01-01")]),
        // A clause after `;` that goes on in small letters on the next line goes on with the issuer stated before.
        Row("Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 72-KH/TU ngày 3/3/2021;\nban hành Đề án số 05-ĐA/TU ngày "
            + "4/4/2021.", [
            Expected(text: "Kế hoạch số 72-KH/TU", type: "Kế hoạch", number: "72", symbol: "72-KH/TU",
                     date: "2021-03-03", issuer: "Ban Thường vụ Tỉnh ủy"),
            Expected(text: "Đề án số 05-ĐA/TU", type: "Đề án", number: "05", symbol: "05-ĐA/TU",
                     date: "2021-04-04", issuer: "Ban Thường vụ Tỉnh ủy")]),
        // The word that opens the sentence is none of the issuer's.
        Row("Sau khi Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 06-NQ/TU, ngày 10/6/2021 về phát triển nông nghiệp", [
            Expected(text: "Nghị quyết số 06-NQ/TU", type: "Nghị quyết", number: "06", symbol: "06-NQ/TU",
                     date: "2021-06-10", issuer: "Ban Thường vụ Tỉnh ủy")]),
        // Two spaces in the issuer stated before, as justified text from PDF writes.
        Row("Thủ tướng  Chính phủ đã ký Quyết định 338/QĐ-TTg ngày 3/4/2023. Huyện  ủy đã ban hành Kế hoạch số "
            + "25-KH/HU.", [
            Expected(text: "Quyết định 338/QĐ-TTg", type: "Quyết định", number: "338", symbol: "338/QĐ-TTg",
                     date: "2023-04-03", issuer: "Thủ tướng Chính phủ"),
            Expected(text: "Kế hoạch số 25-KH/HU", type: "Kế hoạch", number: "25", symbol: "25-KH/HU",
                     issuer: "Huyện ủy")]),
        // A member whose symbol names another body is not the stated issuer's (`SYT`, Sở Y tế; `BTGTU`, the
        // provincial Party committee's propaganda board).
        Row("UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND và Công văn số 20/SYT-NV. Ban Thường vụ Tỉnh ủy ban hành "
            + "Kế hoạch số 45-KH/TU; Hướng dẫn số 12-HD/BTGTU và Quy định số 15-QĐ/TU.", [
            Expected(text: "Kế hoạch số 12/KH-UBND", type: "Kế hoạch", number: "12", symbol: "12/KH-UBND",
                     issuer: "UBND tỉnh"),
            Expected(text: "Công văn số 20/SYT-NV", type: "Công văn", number: "20", symbol: "20/SYT-NV"),
            Expected(text: "Kế hoạch số 45-KH/TU", type: "Kế hoạch", number: "45", symbol: "45-KH/TU",
                     issuer: "Ban Thường vụ Tỉnh ủy"),
            Expected(text: "Hướng dẫn số 12-HD/BTGTU", type: "Hướng dẫn", number: "12", symbol: "12-HD/BTGTU"),
            Expected(text: "Quy định số 15-QĐ/TU", type: "Quy định", number: "15", symbol: "15-QĐ/TU",
                     issuer: "Ban Thường vụ Tỉnh ủy")]),
        // After a mention inside the subject, a member whose symbol names the issuing body is that body's again; one
        // after a mention of that body stays inside the subject.
        Row("Tỉnh ủy đã ban hành Chương trình hành động số 45-CTr/TU thực hiện Nghị quyết 57 và Kế hoạch số 310-KH/TU "
            + "ngày 12/3/2025. UBND tỉnh ban hành Kế hoạch số 12/KH-UBND triển khai Quyết định số 5/QĐ-UBND và Quyết "
            + "định số 7/QĐ-UBND.", [
            Expected(text: "Chương trình hành động số 45-CTr/TU", type: "Chương trình", number: "45",
                     symbol: "45-CTr/TU", issuer: "Tỉnh ủy"),
            Expected(text: "Nghị quyết 57", type: "Nghị quyết", number: "57", symbol: nil),
            Expected(text: "Kế hoạch số 310-KH/TU", type: "Kế hoạch", number: "310", symbol: "310-KH/TU",
                     date: "2025-03-12", issuer: "Tỉnh ủy"),
            Expected(text: "Kế hoạch số 12/KH-UBND", type: "Kế hoạch", number: "12", symbol: "12/KH-UBND",
                     issuer: "UBND tỉnh"),
            Expected(text: "Quyết định số 5/QĐ-UBND", type: "Quyết định", number: "5", symbol: "5/QĐ-UBND"),
            Expected(text: "Quyết định số 7/QĐ-UBND", type: "Quyết định", number: "7", symbol: "7/QĐ-UBND")]),
        // A second document after the first one's subject and `và`, when its symbol names the issuing body; not the
        // central `TW`, which several bodies write.
        Row("Đảng ủy xã đã ban hành Nghị quyết số 03-NQ/ĐU ngày 20/8/2025 về công tác cán bộ và Quy chế làm việc số "
            + "02-QC/ĐU. Ban Bí thư đã ban hành Chỉ thị 35-CT/TW ngày 14/6/2024 về đại hội đảng bộ các cấp và Quy định "
            + "số 144-QĐ/TW.", [
            Expected(text: "Nghị quyết số 03-NQ/ĐU", type: "Nghị quyết", number: "03", symbol: "03-NQ/ĐU",
                     date: "2025-08-20", issuer: "Đảng ủy xã"),
            Expected(text: "Quy chế làm việc số 02-QC/ĐU", type: "Quy chế", number: "02", symbol: "02-QC/ĐU",
                     issuer: "Đảng ủy xã"),
            Expected(text: "Chỉ thị 35-CT/TW", type: "Chỉ thị", number: "35", symbol: "35-CT/TW", date: "2024-06-14",
                     issuer: "Ban Bí thư"),
            Expected(text: "Quy định số 144-QĐ/TW", type: "Quy định", number: "144", symbol: "144-QĐ/TW")]),
        // A code both Party and state bodies use keeps the order it is written in.
        Row("Kế hoạch số 01/KH-BCĐ ngày 1/1/2024 và Công văn số 59-CV/BCĐ", [
            Expected(text: "Kế hoạch số 01/KH-BCĐ", type: "Kế hoạch", number: "01", symbol: "01/KH-BCĐ",
                     date: "2024-01-01"),
            Expected(text: "Công văn số 59-CV/BCĐ", type: "Công văn", number: "59", symbol: "59-CV/BCĐ")]),
        // Ministries and departments whose names hold lower-case words, `-`, `,` and `và`; joint issuers.
        Row("Căn cứ Thông tư số 02/2023/TT-BKHĐT ngày 18/4/2023 của Bộ trưởng Bộ Kế hoạch và Đầu tư hướng dẫn;", [
            Expected(text: "Thông tư số 02/2023/TT-BKHĐT", type: "Thông tư", number: "02", symbol: "02/2023/TT-BKHĐT",
                     date: "2023-04-18", issuer: "Bộ trưởng Bộ Kế hoạch và Đầu tư")]),
        Row("Thông tư số 05/2022/TT-BLĐTBXH của Bộ Lao động - Thương binh và Xã hội; Quyết định số 12/2020/QĐ-UBND "
            + "của Giám đốc Sở Giao thông vận tải tỉnh Nghệ An về việc", [
            Expected(text: "Thông tư số 05/2022/TT-BLĐTBXH", type: "Thông tư", number: "05",
                     symbol: "05/2022/TT-BLĐTBXH", issuer: "Bộ Lao động - Thương binh và Xã hội"),
            Expected(text: "Quyết định số 12/2020/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/2020/QĐ-UBND",
                     issuer: "Giám đốc Sở Giao thông vận tải tỉnh Nghệ An")]),
        // A city or town abbreviated with a dot goes on to its name; a sentence after the dot is no part of it.
        Row("Quyết định số 18/2025/QĐ-UBND của UBND TP. Hồ Chí Minh. Quyết định số 19/QĐ-UBND của UBND TP. Theo đó, "
            + "abc. Quyết định số 20/QĐ-UBND của UBND TP. Huế; Quyết định số 21/QĐ-UBND của UBND TX. Sơn Tây về việc", [
            Expected(text: "Quyết định số 18/2025/QĐ-UBND", type: "Quyết định", number: "18", symbol: "18/2025/QĐ-UBND",
                     issuer: "UBND TP. Hồ Chí Minh"),
            Expected(text: "Quyết định số 19/QĐ-UBND", type: "Quyết định", number: "19", symbol: "19/QĐ-UBND",
                     issuer: "UBND TP"),
            Expected(text: "Quyết định số 20/QĐ-UBND", type: "Quyết định", number: "20", symbol: "20/QĐ-UBND",
                     issuer: "UBND TP. Huế"),
            Expected(text: "Quyết định số 21/QĐ-UBND", type: "Quyết định", number: "21", symbol: "21/QĐ-UBND",
                     issuer: "UBND TX. Sơn Tây")]),
        // An inspectorate (`Thanh tra`), and a steering committee with its number (`Ban Chỉ đạo 389`); a number of
        // four digits or more, or one that goes on as a symbol, is none of the name.
        Row("Báo cáo số 45/BC-BCĐ389 của Ban Chỉ đạo 389; Kết luận thanh tra số 99/KL-TTr ngày 4/4/2024 của Thanh tra "
            + "tỉnh; Kế hoạch số 6/KH-BCĐ của Ban Chỉ đạo 2024/5 abc", [
            Expected(text: "Báo cáo số 45/BC-BCĐ389", type: "Báo cáo", number: "45", symbol: "45/BC-BCĐ389",
                     issuer: "Ban Chỉ đạo 389"),
            Expected(text: "Kết luận thanh tra số 99/KL-TTr", type: "Kết luận", number: "99", symbol: "99/KL-TTr",
                     date: "2024-04-04", issuer: "Thanh tra tỉnh"),
            Expected(text: "Kế hoạch số 6/KH-BCĐ", type: "Kế hoạch", number: "6", symbol: "6/KH-BCĐ",
                     issuer: "Ban Chỉ đạo")]),
        Row("Kế hoạch số 12/KH-BCĐ389 ngày 5/1/2025 của Ban Chỉ đạo 389 quốc gia về chống buôn lậu", [
            Expected(text: "Kế hoạch số 12/KH-BCĐ389", type: "Kế hoạch", number: "12", symbol: "12/KH-BCĐ389",
                     date: "2025-01-05", issuer: "Ban Chỉ đạo 389 quốc gia")]),
        // A working group (its number, `Tổ công tác 1645`, is not read: a rare name, and the issuer reader is hot).
        Row("Căn cứ Thông báo số 12/TB-TCT ngày 5/5/2024 của Tổ công tác 1645 của Thủ tướng Chính phủ; Báo cáo số "
            + "3/BC-TCT của Tổ công tác liên ngành.", [
            Expected(text: "Thông báo số 12/TB-TCT", type: "Thông báo", number: "12", symbol: "12/TB-TCT",
                     date: "2024-05-05", issuer: "Tổ công tác"),
            Expected(text: "Báo cáo số 3/BC-TCT", type: "Báo cáo", number: "3", symbol: "3/BC-TCT",
                     issuer: "Tổ công tác liên ngành")]),
        // The steering committees against corruption are named with lower-case words and `về`.
        Row("Quyết định số 11/QĐ-BCĐ của Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Nghệ An về việc; Kết luận "
            + "số 13-KL/BCĐTW của Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực tại phiên họp", [
            Expected(text: "Quyết định số 11/QĐ-BCĐ", type: "Quyết định", number: "11", symbol: "11/QĐ-BCĐ",
                     issuer: "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh Nghệ An"),
            Expected(text: "Kết luận số 13-KL/BCĐTW", type: "Kết luận", number: "13", symbol: "13-KL/BCĐTW",
                     issuer: "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực")]),
        // The Government, the Assembly or the Prime Minister after a Central Committee's document names a body around
        // it (a steering committee's name), not its issuer; after a province's Party document or a state one it stays.
        Row("Căn cứ Kế hoạch số 141/KH-BCĐTKNQ18 ngày 06/12/2024 của Ban Chỉ đạo tổng kết Nghị quyết 18-NQ/TW của "
            + "Chính phủ; Nghị quyết số 5-NQ/TW của Quốc hội; Nghị quyết số 4-NQ/TU của Chính phủ; Nghị quyết "
            + "19/NQ-CP của Chính phủ.", [
            Expected(text: "Kế hoạch số 141/KH-BCĐTKNQ18", type: "Kế hoạch", number: "141", symbol: "141/KH-BCĐTKNQ18",
                     date: "2024-12-06", issuer: "Ban Chỉ đạo"),
            Expected(text: "Nghị quyết 18-NQ/TW", type: "Nghị quyết", number: "18", symbol: "18-NQ/TW"),
            Expected(text: "Nghị quyết số 5-NQ/TW", type: "Nghị quyết", number: "5", symbol: "5-NQ/TW"),
            Expected(text: "Nghị quyết số 4-NQ/TU", type: "Nghị quyết", number: "4", symbol: "4-NQ/TU",
                     issuer: "Chính phủ"),
            Expected(text: "Nghị quyết 19/NQ-CP", type: "Nghị quyết", number: "19", symbol: "19/NQ-CP",
                     issuer: "Chính phủ")]),
        // A joint department's name runs on past its dash (`chính` continues `Tài`).
        Row("theo Văn bản số 02/SXD-STC ngày 28/02/2025 của liên Sở Xây dựng - Tài chính.", [
            Expected(text: "Văn bản số 02/SXD-STC", type: "Văn bản", number: "02", symbol: "02/SXD-STC",
                     date: "2025-02-28", issuer: "liên Sở Xây dựng - Tài chính")]),
        Row("Hướng dẫn liên ngành số 01/HDLN-STC-SXD của liên ngành Tài chính - Xây dựng; Công văn số 7/STP-NV của "
            + "liên Sở Tư pháp - Nội vụ về việc", [
            Expected(text: "Hướng dẫn liên ngành số 01/HDLN-STC-SXD", type: "Hướng dẫn", number: "01",
                     symbol: "01/HDLN-STC-SXD", issuer: "liên ngành Tài chính - Xây dựng"),
            Expected(text: "Công văn số 7/STP-NV", type: "Công văn", number: "7", symbol: "7/STP-NV",
                     issuer: "liên Sở Tư pháp - Nội vụ")]),
        Row("Thông tư liên tịch số 50/2015/TTLT-BYT-BNV ngày 11/12/2015 của Bộ Y tế và Bộ Nội vụ và Thông tư số "
            + "15/2019/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch và của Tổng cục trưởng Tổng cục Thuế", [
            Expected(text: "Thông tư liên tịch số 50/2015/TTLT-BYT-BNV", type: "Thông tư liên tịch", number: "50",
                     symbol: "50/2015/TTLT-BYT-BNV", date: "2015-12-11", issuer: "Bộ Y tế và Bộ Nội vụ"),
            Expected(text: "Thông tư số 15/2019/TT-BVHTTDL", type: "Thông tư", number: "15",
                     symbol: "15/2019/TT-BVHTTDL",
                     issuer: "Bộ Văn hóa, Thể thao và Du lịch")]),
        // The last of three issuers after `và` may be a body that is no ministry (`Văn phòng Chính phủ`).
        Row("theo Thông tư liên tịch số 92/2014/TTLT-BTC-BTP-VPCP ngày 14/7/2014 của Bộ Tài chính, Bộ Tư pháp và Văn "
            + "phòng Chính phủ. Quyết định số 12/QĐ-TTg của Quốc hội và Chính phủ.", [
            Expected(text: "Thông tư liên tịch số 92/2014/TTLT-BTC-BTP-VPCP", type: "Thông tư liên tịch", number: "92",
                     symbol: "92/2014/TTLT-BTC-BTP-VPCP", date: "2014-07-14",
                     issuer: "Bộ Tài chính, Bộ Tư pháp và Văn phòng Chính phủ"),
            Expected(text: "Quyết định số 12/QĐ-TTg", type: "Quyết định", number: "12", symbol: "12/QĐ-TTg",
                     issuer: "Quốc hội và Chính phủ")]),
        // `của Hội nghị lần thứ bảy Ban Chấp hành …`: the meeting's ordinal is not the issuer; a name's own term
        // (`Nghị quyết Đại hội XIII`) is not shared back to the mention before it.
        Row("Nghị quyết số 27-NQ/TW, ngày 06/8/2008 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khoá X về "
            + "trí thức. Kết luận số 52-KL/TW ngày 30/5/2019 của Ban Bí thư và Nghị quyết Đại hội XIII của Đảng", [
            Expected(text: "Nghị quyết số 27-NQ/TW", type: "Nghị quyết", number: "27", symbol: "27-NQ/TW",
                     date: "2008-08-06", issuer: "Ban Chấp hành Trung ương Đảng"),
            Expected(text: "Kết luận số 52-KL/TW", type: "Kết luận", number: "52", symbol: "52-KL/TW",
                     date: "2019-05-30", issuer: "Ban Bí thư"),
            Expected(text: "Nghị quyết Đại hội XIII của Đảng", type: "Nghị quyết", number: nil, symbol: nil,
                     issuer: "Đại hội XIII của Đảng")]),
        // An issuer stated before holds for the list it opens and the clauses after `;`, not for documents named in
        // a subject.
        Row("Bộ Tài chính đã ban hành Thông tư số 80/2021/TT-BTC hướng dẫn Luật Quản lý thuế và Nghị định số "
            + "126/2020/NĐ-CP; Thông tư số 06/2021/TT-BTC về thuế", [
            Expected(text: "Thông tư số 80/2021/TT-BTC", type: "Thông tư", number: "80", symbol: "80/2021/TT-BTC",
                     issuer: "Bộ Tài chính"),
            Expected(text: "Luật Quản lý thuế", type: "Luật", number: nil, symbol: nil),
            Expected(text: "Nghị định số 126/2020/NĐ-CP", type: "Nghị định", number: "126", symbol: "126/2020/NĐ-CP"),
            Expected(text: "Thông tư số 06/2021/TT-BTC", type: "Thông tư", number: "06", symbol: "06/2021/TT-BTC",
                     issuer: "Bộ Tài chính")]),
        // The proposer's submission: `Theo đề nghị của X tại Tờ trình số …` (X wrote it).
        Row("Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình số 123/TTr-STNMT ngày 10/5/2024.", [
            Expected(text: "Tờ trình số 123/TTr-STNMT", type: "Tờ trình", number: "123", symbol: "123/TTr-STNMT",
                     date: "2024-05-10", issuer: "Giám đốc Sở Tài nguyên và Môi trường")]),
        // `X ban hành …` where X has lower-case words only a unit name explains (`Bộ Y tế`, `Bộ Giáo dục và Đào tạo`).
        Row("Ngày 12/3/2024, Bộ Y tế ban hành Quyết định số 1234/QĐ-BYT về việc phê duyệt. Sở Tư pháp tỉnh Quảng Nam "
            + "đã ban hành Kế hoạch số 5/KH-STP. Bộ Giáo dục và Đào tạo vừa ban hành Thông tư 10/2024/TT-BGDĐT.", [
            Expected(text: "Quyết định số 1234/QĐ-BYT", type: "Quyết định", number: "1234", symbol: "1234/QĐ-BYT",
                     issuer: "Bộ Y tế"),
            Expected(text: "Kế hoạch số 5/KH-STP", type: "Kế hoạch", number: "5", symbol: "5/KH-STP",
                     issuer: "Sở Tư pháp tỉnh Quảng Nam"),
            Expected(text: "Thông tư 10/2024/TT-BGDĐT", type: "Thông tư", number: "10", symbol: "10/2024/TT-BGDĐT",
                     issuer: "Bộ Giáo dục và Đào tạo")]),
        // A plenum: `Hội nghị` and its number are not the issuer, unless nothing else names the body (then the
        // plenum with its number is), and the term after the number is read.
        Row("Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Ban Chấp hành Trung ương 6 (khóa XII) về; "
            + "Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Hội nghị Trung ương 6 khóa XI về; "
            + "Nghị quyết số 29-NQ/TW ngày 4/11/2013 Hội nghị Trung ương 8 (khóa XI).", [
            Expected(text: "Nghị quyết số 18-NQ/TW", type: "Nghị quyết", number: "18", symbol: "18-NQ/TW",
                     date: "2017-10-25", issuer: "Ban Chấp hành Trung ương", term: "XII"),
            Expected(text: "Nghị quyết số 20-NQ/TW", type: "Nghị quyết", number: "20", symbol: "20-NQ/TW",
                     date: "2012-11-01", issuer: "Hội nghị Trung ương 6", term: "XI"),
            Expected(text: "Nghị quyết số 29-NQ/TW", type: "Nghị quyết", number: "29", symbol: "29-NQ/TW",
                     date: "2013-11-04", issuer: "Hội nghị Trung ương 8", term: "XI")]),
        // `Quy chế làm việc số …`: a modifier between the type word and `số`, on the same line only.
        Row("Thực hiện Quy chế làm việc số 01-QC/TU ngày 5/3/2021 của Tỉnh ủy. Về việc ban hành Quy chế làm việc\n"
            + "Số: 01/QĐ-UBND", [
            Expected(text: "Quy chế làm việc số 01-QC/TU", type: "Quy chế", number: "01", symbol: "01-QC/TU",
                     date: "2021-03-05", issuer: "Tỉnh ủy"),
            Expected(text: "01/QĐ-UBND", type: "Quyết định", number: "01", symbol: "01/QĐ-UBND")]),
        // An issuer's name parted by a line break (text from PDFs); a new line of prose is not the name's.
        Row("Căn cứ Nghị định số 47/2017/NĐ-CP ngày 24 tháng 4 năm 2017 của Chính\nphủ quy định mức lương cơ sở;\n"
            + "theo Nghị định số 24/2014/NĐ-CP của Chính phủ\ntuyên truyền", [
            Expected(text: "Nghị định số 47/2017/NĐ-CP", type: "Nghị định", number: "47", symbol: "47/2017/NĐ-CP",
                     date: "2017-04-24", issuer: "Chính phủ"),
            Expected(text: "Nghị định số 24/2014/NĐ-CP", type: "Nghị định", number: "24", symbol: "24/2014/NĐ-CP",
                     issuer: "Chính phủ")]),
        // Up to three modifiers: the kinds of court judgments, and `xử phạt vi phạm hành chính`.
        Row("Sửa Bản án dân sự sơ thẩm số 120/2023/DS-ST ngày 20/9/2023 của Tòa án nhân dân thành phố Thủ Dầu Một; "
            + "Quyết định xử phạt vi phạm hành chính số 123/QĐ-XPHC", [
            Expected(text: "Bản án dân sự sơ thẩm số 120/2023/DS-ST", type: "Bản án", number: "120",
                     symbol: "120/2023/DS-ST", date: "2023-09-20", issuer: "Tòa án nhân dân thành phố Thủ Dầu Một"),
            Expected(text: "Quyết định xử phạt vi phạm hành chính số 123/QĐ-XPHC", type: "Quyết định", number: "123",
                     symbol: "123/QĐ-XPHC")]),
        // The body that states a letter in the clause after it (`Tại Công văn số …, Bộ Tài chính hướng dẫn …`), when
        // its initials spell the symbol's code; another body is not (`Theo Công văn số 123/UBND-KT, Sở Tài chính …`).
        Row("Tại Công văn số 1234/BTC-NSNN ngày 12/2/2025, Bộ Tài chính hướng dẫn thực hiện. Theo Kế hoạch số "
            + "12-KH/TU, Ban Thường vụ Tỉnh ủy yêu cầu. Theo Công văn số 123/UBND-KT, Sở Tài chính đề nghị.", [
            Expected(text: "Công văn số 1234/BTC-NSNN", type: "Công văn", number: "1234", symbol: "1234/BTC-NSNN",
                     date: "2025-02-12", issuer: "Bộ Tài chính"),
            Expected(text: "Kế hoạch số 12-KH/TU", type: "Kế hoạch", number: "12", symbol: "12-KH/TU",
                     issuer: "Ban Thường vụ Tỉnh ủy"),
            Expected(text: "Công văn số 123/UBND-KT", type: "Công văn", number: "123", symbol: "123/UBND-KT")]),
        // One who signs on a body's behalf (`Thay mặt Bộ Chính trị, …`) signs its document: the body is the issuer.
        Row("(ĐCSVN) - Thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú, Thường trực Ban Bí thư đã ký ban hành Quy định số "
            + "296-QĐ/TW ngày 30/5/2025 về công tác kiểm tra. Thường trực Tỉnh ủy đã ban hành Kế hoạch số 13-KH/TU.", [
            Expected(text: "Quy định số 296-QĐ/TW", type: "Quy định", number: "296", symbol: "296-QĐ/TW",
                     date: "2025-05-30", issuer: "Bộ Chính trị"),
            Expected(text: "Kế hoạch số 13-KH/TU", type: "Kế hoạch", number: "13", symbol: "13-KH/TU",
                     issuer: "Thường trực Tỉnh ủy")]),
        // A short form's list partner with a date of its own has its issuer to itself; members that each state a
        // date share the issuer after the last.
        Row("Quán triệt Nghị quyết 57, Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ; Nghị quyết số 66-NQ/TW "
            + "ngày 30/4/2025, Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị.", [
            Expected(text: "Nghị quyết 57", type: "Nghị quyết", number: "57", symbol: nil),
            Expected(text: "Nghị quyết số 03/NQ-CP", type: "Nghị quyết", number: "03", symbol: "03/NQ-CP",
                     date: "2025-01-09", issuer: "Chính phủ"),
            Expected(text: "Nghị quyết số 66-NQ/TW", type: "Nghị quyết", number: "66", symbol: "66-NQ/TW",
                     date: "2025-04-30", issuer: "Bộ Chính trị"),
            Expected(text: "Nghị quyết số 68-NQ/TW", type: "Nghị quyết", number: "68", symbol: "68-NQ/TW",
                     date: "2025-05-04", issuer: "Bộ Chính trị")]),
        // Without a type word, a judgment's symbol names a Bản án; one no type word or code names is no document's
        // (a case's number, `thụ lý số`; a tender's file).
        Row("Vụ án thụ lý số 38/2024/TLPT-HS ngày 02/5/2024 do kháng cáo đối với số 21/2024/HS-ST ngày 26/3/2024; hồ "
            + "sơ mời thầu số 12/2024/HSMT.", [
            Expected(text: "số 21/2024/HS-ST", type: "Bản án", number: "21", symbol: "21/2024/HS-ST",
                     date: "2024-03-26")]),
        Row("Theo Quyết định giám đốc thẩm số 12/2022/DS-GĐT; Quyết định kháng nghị giám đốc thẩm số 3/2021/KN-HS; "
            + "giám đốc số 5/UBND-VP.", [
            Expected(text: "Quyết định giám đốc thẩm số 12/2022/DS-GĐT", type: "Quyết định", number: "12",
                     symbol: "12/2022/DS-GĐT"),
            Expected(text: "Quyết định kháng nghị giám đốc thẩm số 3/2021/KN-HS", type: "Quyết định", number: "3",
                     symbol: "3/2021/KN-HS"),
            Expected(text: "số 5/UBND-VP", type: "Công văn", number: "5", symbol: "5/UBND-VP")]),
        // The inter-ministerial circulars before 2000, a type of their own, as `Thông tư liên tịch` is.
        Row("Căn cứ Thông tư liên bộ số 12-TT/LB ngày 3-4-1990 của Bộ Tài chính - Bộ Lao động;", [
            Expected(text: "Thông tư liên bộ số 12-TT/LB", type: "Thông tư liên bộ", number: "12", symbol: "12-TT/LB",
                     date: "1990-04-03", issuer: "Bộ Tài chính - Bộ Lao động")]),
        // News: `X có Thông báo số …` names the issuer of that mention (one with a symbol), not of a name after `có`.
        Row("Văn phòng Chính phủ có Thông báo số 512/TB-VPCP kết luận. Bộ Y tế đã có Công văn số 1234/BYT-KCB gửi các "
            + "tỉnh. Trong đó có Quyết định số 5/QĐ-UBND. Hiện nay, Việt Nam có Luật Đất đai năm 2024.", [
            Expected(text: "Thông báo số 512/TB-VPCP", type: "Thông báo", number: "512", symbol: "512/TB-VPCP",
                     issuer: "Văn phòng Chính phủ"),
            Expected(text: "Công văn số 1234/BYT-KCB", type: "Công văn", number: "1234", symbol: "1234/BYT-KCB",
                     issuer: "Bộ Y tế"),
            Expected(text: "Quyết định số 5/QĐ-UBND", type: "Quyết định", number: "5", symbol: "5/QĐ-UBND"),
            Expected(text: "Luật Đất đai năm 2024", type: "Luật", number: nil, symbol: nil, year: 2024)]),
        Row("(Chinhphu.vn) - Thủ tướng Chính phủ vừa ký Quyết định 1131/QĐ-TTg ngày 12/6/2025. Bộ Khoa học và "
            + "Công nghệ cũng có Văn bản số 256/BKHCN-VP gửi các địa phương.", [
            Expected(text: "Quyết định 1131/QĐ-TTg", type: "Quyết định", number: "1131", symbol: "1131/QĐ-TTg",
                     date: "2025-06-12", issuer: "Thủ tướng Chính phủ"),
            Expected(text: "Văn bản số 256/BKHCN-VP", type: "Văn bản", number: "256", symbol: "256/BKHCN-VP",
                     issuer: "Bộ Khoa học và Công nghệ")]),
        // The subject of `có` is a body only when it is named as one: a project or a household that has a decision did
        // not issue it.
        Row("Dự án có Quyết định số 123/QĐ-UBND ngày 1/2/2024 phê duyệt chủ trương. Hộ gia đình ông A có Quyết định số "
            + "12/QĐ-UBND giao đất. Doanh nghiệp có Văn bản số 12/CV-DN đề nghị. Sở Y tế có Công văn số 45/SYT-NV.", [
            Expected(text: "Quyết định số 123/QĐ-UBND", type: "Quyết định", number: "123", symbol: "123/QĐ-UBND",
                     date: "2024-02-01"),
            Expected(text: "Quyết định số 12/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/QĐ-UBND"),
            Expected(text: "Văn bản số 12/CV-DN", type: "Văn bản", number: "12", symbol: "12/CV-DN"),
            Expected(text: "Công văn số 45/SYT-NV", type: "Công văn", number: "45", symbol: "45/SYT-NV",
                     issuer: "Sở Y tế")]),
        // The issuer stated for one mention holds for its list's members whose symbols name the same body.
        Row("Thủ tướng cũng ký Chỉ thị số 05/CT-TTg ngày 23/2/2025 và Công điện 93/CĐ-TTg ngày 20/9/2025. Bộ Y tế có "
            + "Công văn số 1234/BYT-KCB và Quyết định số 5/QĐ-UBND; UBND tỉnh có Kế hoạch số 1/KH-UBND, Thông báo số "
            + "2/TB-UBND.", [
            Expected(text: "Chỉ thị số 05/CT-TTg", type: "Chỉ thị", number: "05", symbol: "05/CT-TTg",
                     date: "2025-02-23", issuer: "Thủ tướng"),
            Expected(text: "Công điện 93/CĐ-TTg", type: "Công điện", number: "93", symbol: "93/CĐ-TTg",
                     date: "2025-09-20", issuer: "Thủ tướng"),
            Expected(text: "Công văn số 1234/BYT-KCB", type: "Công văn", number: "1234", symbol: "1234/BYT-KCB",
                     issuer: "Bộ Y tế"),
            Expected(text: "Quyết định số 5/QĐ-UBND", type: "Quyết định", number: "5", symbol: "5/QĐ-UBND"),
            Expected(text: "Kế hoạch số 1/KH-UBND", type: "Kế hoạch", number: "1", symbol: "1/KH-UBND",
                     issuer: "UBND tỉnh"),
            Expected(text: "Thông báo số 2/TB-UBND", type: "Thông báo", number: "2", symbol: "2/TB-UBND",
                     issuer: "UBND tỉnh")]),
        // News name the official after the title; the issuer is the office. A ward or city named after a person
        // keeps its name.
        Row("Phó Thủ tướng Trần Hồng Hà đã ký Quyết định số 1500/QĐ-TTg ngày 3/12/2024. Bộ trưởng Bộ Tài chính Hồ Đức "
            + "Phớc vừa ký Thông tư số 56/2024/TT-BTC. UBND phường Nguyễn Du đã ban hành Kế hoạch số 12/KH-UBND. "
            + "UBND Thành phố Hồ Chí Minh vừa ban hành Quyết định số 25/2024/QĐ-UBND.", [
            Expected(text: "Quyết định số 1500/QĐ-TTg", type: "Quyết định", number: "1500", symbol: "1500/QĐ-TTg",
                     date: "2024-12-03", issuer: "Phó Thủ tướng"),
            Expected(text: "Thông tư số 56/2024/TT-BTC", type: "Thông tư", number: "56", symbol: "56/2024/TT-BTC",
                     issuer: "Bộ trưởng Bộ Tài chính"),
            Expected(text: "Kế hoạch số 12/KH-UBND", type: "Kế hoạch", number: "12", symbol: "12/KH-UBND",
                     issuer: "UBND phường Nguyễn Du"),
            Expected(text: "Quyết định số 25/2024/QĐ-UBND", type: "Quyết định", number: "25", symbol: "25/2024/QĐ-UBND",
                     issuer: "UBND Thành phố Hồ Chí Minh")]),
        // `ký ban hành` states who signs as `ký` does; the Prime Minister who signs the Government's decree is not its
        // issuer, the Government he signs for is.
        Row("Thủ tướng Chính phủ Nguyễn Xuân Phúc đã ký ban hành Chỉ thị số 16/CT-TTg về phòng, chống dịch. Bộ trưởng "
            + "Bộ Tài chính đã ký ban hành Thông tư số 21/2025/TT-BTC. Thay mặt Chính phủ, Thủ tướng Phạm Minh Chính "
            + "vừa ký ban hành Nghị định số 293/2025/NĐ-CP. Phó Thủ tướng Trần Hồng Hà đã ký Nghị quyết số 12/NQ-CP.", [
            Expected(text: "Chỉ thị số 16/CT-TTg", type: "Chỉ thị", number: "16", symbol: "16/CT-TTg",
                     issuer: "Thủ tướng Chính phủ"),
            Expected(text: "Thông tư số 21/2025/TT-BTC", type: "Thông tư", number: "21", symbol: "21/2025/TT-BTC",
                     issuer: "Bộ trưởng Bộ Tài chính"),
            Expected(text: "Nghị định số 293/2025/NĐ-CP", type: "Nghị định", number: "293", symbol: "293/2025/NĐ-CP",
                     issuer: "Chính phủ"),
            Expected(text: "Nghị quyết số 12/NQ-CP", type: "Nghị quyết", number: "12", symbol: "12/NQ-CP")]),
        // A date written between commas inside a list is that member's own, and so is one right after the symbol of
        // the last member with its type word; one set off by a comma after the last member is shared.
        Row("Quy định 37-QĐ/TW, Quy định số 22-QĐ/TW ngày 28/7/2021, Quy định 69-QĐ/TW của Ban Chấp hành Trung ương. "
            + "Nghị định số 15/2020/NĐ-CP, Nghị định số 123/2020/NĐ-CP, ngày 19/10/2020. Quy định 105-QĐ/TW, Quy định "
            + "số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương.", [
            Expected(text: "Quy định 37-QĐ/TW", type: "Quy định", number: "37", symbol: "37-QĐ/TW",
                     issuer: "Ban Chấp hành Trung ương"),
            Expected(text: "Quy định số 22-QĐ/TW", type: "Quy định", number: "22", symbol: "22-QĐ/TW",
                     date: "2021-07-28", issuer: "Ban Chấp hành Trung ương"),
            Expected(text: "Quy định 69-QĐ/TW", type: "Quy định", number: "69", symbol: "69-QĐ/TW",
                     issuer: "Ban Chấp hành Trung ương"),
            Expected(text: "Nghị định số 15/2020/NĐ-CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP",
                     date: "2020-10-19"),
            Expected(text: "Nghị định số 123/2020/NĐ-CP", type: "Nghị định", number: "123", symbol: "123/2020/NĐ-CP",
                     date: "2020-10-19"),
            Expected(text: "Quy định 105-QĐ/TW", type: "Quy định", number: "105", symbol: "105-QĐ/TW",
                     issuer: "Ban Chấp hành Trung ương"),
            Expected(text: "Quy định số 08-QĐi/TW", type: "Quy định", number: "08", symbol: "08-QĐi/TW",
                     date: "2018-10-25", issuer: "Ban Chấp hành Trung ương")]),
        // The documents of one plenum bear its date, however the list is written.
        Row("Quán triệt Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa "
            + "XII.", [
            Expected(text: "Nghị quyết số 18-NQ/TW", type: "Nghị quyết", number: "18", symbol: "18-NQ/TW",
                     date: "2017-10-25", issuer: "Hội nghị Trung ương 6"),
            Expected(text: "Nghị quyết số 19-NQ/TW", type: "Nghị quyết", number: "19", symbol: "19-NQ/TW",
                     date: "2017-10-25", issuer: "Hội nghị Trung ương 6")]),
        // The state's symbols before 2000, written with a dash; dates of old documents with a two-digit year. A
        // bare dashed number is no symbol.
        Row("Căn cứ Nghị định số 12-CP ngày 01/01/1995; Quyết định 136-HĐBT ngày 5/3/98; Chỉ thị 05-CT ngày "
            + "2-2-93. Khoảng 200-CP.", [
            Expected(text: "Nghị định số 12-CP", type: "Nghị định", number: "12", symbol: "12-CP", date: "1995-01-01"),
            Expected(text: "Quyết định 136-HĐBT", type: "Quyết định", number: "136", symbol: "136-HĐBT",
                     date: "1998-03-05", warnings: ["two-digit-year"]),
            Expected(text: "Chỉ thị 05-CT", type: "Chỉ thị", number: "05", symbol: "05-CT", date: "1993-02-02",
                     warnings: ["two-digit-year"])]),
        // Items of a list parted by `;` keep their fields apart; a date of another year than the symbol's is not its.
        Row("Căn cứ Nghị định số 15/2020/NĐ-CP; Nghị định số 123/2021/NĐ-CP ngày 28/12/2021 của Chính phủ. "
            + "Thông tư số 01/2019/TT-BNV và Thông tư số 02/2020/TT-BNV ngày 5/5/2020.", [
            Expected(text: "Nghị định số 15/2020/NĐ-CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP"),
            Expected(text: "Nghị định số 123/2021/NĐ-CP", type: "Nghị định", number: "123", symbol: "123/2021/NĐ-CP",
                     date: "2021-12-28", issuer: "Chính phủ"),
            Expected(text: "Thông tư số 01/2019/TT-BNV", type: "Thông tư", number: "01", symbol: "01/2019/TT-BNV"),
            Expected(text: "Thông tư số 02/2020/TT-BNV", type: "Thông tư", number: "02", symbol: "02/2020/TT-BNV",
                     date: "2020-05-05")]),
        // A council resolution's preamble: a capitalised term after the council, the report of its committee, an
        // office addressed as comrade.
        Row("Căn cứ Nghị quyết số 15/2023/NQ-HĐND ngày 12 tháng 7 năm 2023 của Hội đồng nhân dân tỉnh Khóa XVII, kỳ "
            + "họp thứ 12; Xét Tờ trình số 45/TTr-UBND; Báo cáo thẩm tra số 78/BC-KTNS ngày 5/7/2023 của Ban Kinh tế - "
            + "Ngân sách Hội đồng nhân dân tỉnh; ý kiến của đồng chí Bí thư Tỉnh ủy tại Công văn số 456-CV/TU.", [
            Expected(text: "Nghị quyết số 15/2023/NQ-HĐND", type: "Nghị quyết", number: "15",
                     symbol: "15/2023/NQ-HĐND", date: "2023-07-12", issuer: "Hội đồng nhân dân tỉnh", term: "XVII"),
            Expected(text: "Tờ trình số 45/TTr-UBND", type: "Tờ trình", number: "45", symbol: "45/TTr-UBND"),
            Expected(text: "Báo cáo thẩm tra số 78/BC-KTNS", type: "Báo cáo", number: "78", symbol: "78/BC-KTNS",
                     date: "2023-07-05", issuer: "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"),
            Expected(text: "Công văn số 456-CV/TU", type: "Công văn", number: "456", symbol: "456-CV/TU",
                     issuer: "Bí thư Tỉnh ủy")]),
        // The Politburo and the Secretariat issue jointly; another body after a comma is not read on.
        Row("Căn cứ Kết luận số 127-KL/TW ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai; Quy định số "
            + "5-QĐ/TW của Bộ Chính trị, Ban Chấp hành.", [
            Expected(text: "Kết luận số 127-KL/TW", type: "Kết luận", number: "127", symbol: "127-KL/TW",
                     date: "2025-02-28", issuer: "Bộ Chính trị, Ban Bí thư"),
            Expected(text: "Quy định số 5-QĐ/TW", type: "Quy định", number: "5", symbol: "5-QĐ/TW",
                     issuer: "Bộ Chính trị")]),
        // News abbreviate bodies with `-`, `&` and `.` inside a word: read whole, before and after the mention.
        Row("Theo Thông tư 29/2024 của Bộ GD-ĐT, việc dạy thêm phải đăng ký. Công văn 345/SGDĐT-GDTrH của Sở GD&ĐT "
            + "TP.HCM. UBND TP.HCM đã ban hành Quyết định 56/2024/QĐ-UBND. Bộ LĐ-TB&XH có Công văn số "
            + "4551/LĐTBXH-VL.", [
            Expected(text: "Thông tư 29/2024", type: "Thông tư", number: "29", symbol: nil, issuer: "Bộ GD-ĐT",
                     year: 2024),
            Expected(text: "Công văn 345/SGDĐT-GDTrH", type: "Công văn", number: "345", symbol: "345/SGDĐT-GDTrH",
                     issuer: "Sở GD&ĐT TP.HCM"),
            Expected(text: "Quyết định 56/2024/QĐ-UBND", type: "Quyết định", number: "56", symbol: "56/2024/QĐ-UBND",
                     issuer: "UBND TP.HCM"),
            Expected(text: "Công văn số 4551/LĐTBXH-VL", type: "Công văn", number: "4551", symbol: "4551/LĐTBXH-VL",
                     issuer: "Bộ LĐ-TB&XH")]),
        // A period joins capitals only: a sentence whose space was lost ends the name.
        Row("Quyết định số 5/QĐ-UBND của UBND tỉnh Quảng Nam.Theo đó, Quyết định 4/QĐ-UBND của UBND tỉnh Bà "
            + "Rịa-Vũng Tàu.", [
            Expected(text: "Quyết định số 5/QĐ-UBND", type: "Quyết định", number: "5", symbol: "5/QĐ-UBND",
                     issuer: "UBND tỉnh Quảng Nam"),
            Expected(text: "Quyết định 4/QĐ-UBND", type: "Quyết định", number: "4", symbol: "4/QĐ-UBND",
                     issuer: "UBND tỉnh Bà Rịa-Vũng Tàu")]),
        // A court's decisions name their kind in several words before `số`; kept when the codes agree, not when
        // they name another type.
        Row("Căn cứ Quyết định đưa vụ án ra xét xử số 12/2024/QĐXXST-DS ngày 01/3/2024; Quyết định hoãn phiên tòa số "
            + "05/2024/QĐ-PT; Nghị định quy định chi tiết số 12/QĐ-UBND; Quyết định đưa vụ án ra xét xử phúc thẩm số "
            + "55/2024/QĐ-PT.", [
            Expected(text: "Quyết định đưa vụ án ra xét xử số 12/2024/QĐXXST-DS", type: "Quyết định", number: "12",
                     symbol: "12/2024/QĐXXST-DS", date: "2024-03-01"),
            Expected(text: "Quyết định hoãn phiên tòa số 05/2024/QĐ-PT", type: "Quyết định", number: "05",
                     symbol: "05/2024/QĐ-PT"),
            Expected(text: "số 12/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/QĐ-UBND"),
            Expected(text: "Quyết định đưa vụ án ra xét xử phúc thẩm số 55/2024/QĐ-PT", type: "Quyết định",
                     number: "55", symbol: "55/2024/QĐ-PT")]),
        // `cùng ngày`: the date the members of a list share.
        Row("Quyết định số 1234/QĐ-UBND, Quyết định số 1235/QĐ-UBND cùng ngày 10/10/2023 của UBND tỉnh.", [
            Expected(text: "Quyết định số 1234/QĐ-UBND", type: "Quyết định", number: "1234", symbol: "1234/QĐ-UBND",
                     date: "2023-10-10", issuer: "UBND tỉnh"),
            Expected(text: "Quyết định số 1235/QĐ-UBND", type: "Quyết định", number: "1235", symbol: "1235/QĐ-UBND",
                     date: "2023-10-10", issuer: "UBND tỉnh")]),
        // `mồng` or `mùng` before a day up to the tenth.
        Row("Sắc lệnh số 34/SL ngày mồng 2 tháng 9 năm 1945 của Chủ tịch nước; Chỉ thị số 5/CT-UBND ngày mùng "
            + "5/3/2024.", [
            Expected(text: "Sắc lệnh số 34/SL", type: "Sắc lệnh", number: "34", symbol: "34/SL", date: "1945-09-02",
                     issuer: "Chủ tịch nước"),
            Expected(text: "Chỉ thị số 5/CT-UBND", type: "Chỉ thị", number: "5", symbol: "5/CT-UBND",
                     date: "2024-03-05")]),
        // A comma before the year of a verbal date.
        Row("Nghị quyết số 01/2024/NQ-HĐND ngày 15 tháng 3, năm 2024 của HĐND tỉnh.", [
            Expected(text: "Nghị quyết số 01/2024/NQ-HĐND", type: "Nghị quyết", number: "01",
                     symbol: "01/2024/NQ-HĐND", date: "2024-03-15", issuer: "HĐND tỉnh")]),
        // `cùng ngày` alone: the date of the mention before.
        Row("Căn cứ Thông tư số 02/2024/TT-BYT ngày 15 tháng 3 năm 2024 của Bộ trưởng Bộ Y tế; Thông tư số "
            + "03/2024/TT-BYT cùng ngày.", [
            Expected(text: "Thông tư số 02/2024/TT-BYT", type: "Thông tư", number: "02", symbol: "02/2024/TT-BYT",
                     date: "2024-03-15", issuer: "Bộ trưởng Bộ Y tế"),
            Expected(text: "Thông tư số 03/2024/TT-BYT", type: "Thông tư", number: "03", symbol: "03/2024/TT-BYT",
                     date: "2024-03-15")]),
        // A form, a table or an annex numbered with a code is part of a document, not one.
        Row("Hồ sơ theo Mẫu số 11/PLI Phụ lục I; Biểu số 02/BC-UBND; Phụ lục số 01/PL kèm Báo cáo số 02/BC-UBND.", [
            Expected(text: "Báo cáo số 02/BC-UBND", type: "Báo cáo", number: "02", symbol: "02/BC-UBND")]),
        // The agent of the passive before the mention is its issuer: `được X phê duyệt (ban hành, thông qua) tại …`.
        Row("Quy hoạch được Thủ tướng Chính phủ phê duyệt tại Quyết định số 72/QĐ-TTg; quy chế được Hội đồng nhân "
            + "dân tỉnh Nghệ An thông qua tại Nghị quyết số 05/2024/NQ-HĐND; chương trình được phê duyệt tại Quyết "
            + "định số 9/QĐ-TTg.", [
            Expected(text: "Quyết định số 72/QĐ-TTg", type: "Quyết định", number: "72", symbol: "72/QĐ-TTg",
                     issuer: "Thủ tướng Chính phủ"),
            Expected(text: "Nghị quyết số 05/2024/NQ-HĐND", type: "Nghị quyết", number: "05", symbol: "05/2024/NQ-HĐND",
                     issuer: "Hội đồng nhân dân tỉnh Nghệ An"),
            Expected(text: "Quyết định số 9/QĐ-TTg", type: "Quyết định", number: "9", symbol: "9/QĐ-TTg")]),
        // A body's name today in parentheses after the one it had: the name written is the issuer.
        Row("Bộ Kế hoạch và Đầu tư (nay là Bộ Tài chính) có Văn bản số 1234/BKHĐT-QLQH ngày 10/02/2024; Thông tư số "
            + "01/2017/TT-BTNMT của Bộ Tài nguyên và Môi trường (nay là Bộ Nông nghiệp và Môi trường).", [
            Expected(text: "Văn bản số 1234/BKHĐT-QLQH", type: "Văn bản", number: "1234", symbol: "1234/BKHĐT-QLQH",
                     date: "2024-02-10", issuer: "Bộ Kế hoạch và Đầu tư"),
            Expected(text: "Thông tư số 01/2017/TT-BTNMT", type: "Thông tư", number: "01", symbol: "01/2017/TT-BTNMT",
                     issuer: "Bộ Tài nguyên và Môi trường")]),
        // `đều ngày`, `cùng ngày` with a date: the date the whole list bears.
        Row("Các nghị định: số 01/2021/NĐ-CP, số 02/2021/NĐ-CP và số 03/2021/NĐ-CP đều ngày 04/01/2021 của Chính "
            + "phủ; Quyết định số 12/QĐ-UBND và Quyết định số 13/QĐ-UBND cùng ngày 5/3/2024.", [
            Expected(text: "số 01/2021/NĐ-CP", type: "Nghị định", number: "01", symbol: "01/2021/NĐ-CP",
                     date: "2021-01-04", issuer: "Chính phủ"),
            Expected(text: "số 02/2021/NĐ-CP", type: "Nghị định", number: "02", symbol: "02/2021/NĐ-CP",
                     date: "2021-01-04", issuer: "Chính phủ"),
            Expected(text: "số 03/2021/NĐ-CP", type: "Nghị định", number: "03", symbol: "03/2021/NĐ-CP",
                     date: "2021-01-04", issuer: "Chính phủ"),
            Expected(text: "Quyết định số 12/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/QĐ-UBND",
                     date: "2024-03-05"),
            Expected(text: "Quyết định số 13/QĐ-UBND", type: "Quyết định", number: "13", symbol: "13/QĐ-UBND",
                     date: "2024-03-05")]),
        // Dates given for a list's members in turn, the issuer after the last; as many dates as members, else the
        // first for all.
        Row("Kết luận số 126-KL/TW, 127-KL/TW ngày 14/02/2025, 28/02/2025 của Bộ Chính trị, Ban Bí thư; Quyết định số "
            + "10/QĐ-UBND và Quyết định số 12/QĐ-UBND lần lượt ngày 01/02/2024 và ngày 03/4/2024 của UBND tỉnh; số "
            + "01/NQ-HĐND, 02/NQ-HĐND, 03/NQ-HĐND ngày 10/01/2024, 11/01/2024 của HĐND tỉnh.", [
            Expected(text: "Kết luận số 126-KL/TW", type: "Kết luận", number: "126", symbol: "126-KL/TW",
                     date: "2025-02-14", issuer: "Bộ Chính trị, Ban Bí thư"),
            Expected(text: "127-KL/TW", type: "Kết luận", number: "127", symbol: "127-KL/TW", date: "2025-02-28",
                     issuer: "Bộ Chính trị, Ban Bí thư"),
            Expected(text: "Quyết định số 10/QĐ-UBND", type: "Quyết định", number: "10", symbol: "10/QĐ-UBND",
                     date: "2024-02-01", issuer: "UBND tỉnh"),
            Expected(text: "Quyết định số 12/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/QĐ-UBND",
                     date: "2024-04-03", issuer: "UBND tỉnh"),
            Expected(text: "số 01/NQ-HĐND", type: "Nghị quyết", number: "01", symbol: "01/NQ-HĐND",
                     date: "2024-01-10", issuer: "HĐND tỉnh"),
            Expected(text: "02/NQ-HĐND", type: "Nghị quyết", number: "02", symbol: "02/NQ-HĐND", date: "2024-01-10",
                     issuer: "HĐND tỉnh"),
            Expected(text: "03/NQ-HĐND", type: "Nghị quyết", number: "03", symbol: "03/NQ-HĐND", date: "2024-01-10",
                     issuer: "HĐND tỉnh")]),
        // `vào ngày` after the act of issuing or signing.
        Row("Quyết định số 11/QĐ-UBND được ban hành vào ngày 11/11/2024. Nghị định số 15/2020/NĐ-CP được ký vào ngày "
            + "3/2/2020. Kế hoạch số 7/KH-UBND do UBND tỉnh ban hành vào ngày 4/4/2024; Quyết định số 9/QĐ-UBND vào "
            + "ngày 5/5/2024 đã bị hủy.", [
            Expected(text: "Quyết định số 11/QĐ-UBND", type: "Quyết định", number: "11", symbol: "11/QĐ-UBND",
                     date: "2024-11-11"),
            Expected(text: "Nghị định số 15/2020/NĐ-CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP",
                     date: "2020-02-03"),
            Expected(text: "Kế hoạch số 7/KH-UBND", type: "Kế hoạch", number: "7", symbol: "7/KH-UBND",
                     date: "2024-04-04", issuer: "UBND tỉnh"),
            Expected(text: "Quyết định số 9/QĐ-UBND", type: "Quyết định", number: "9", symbol: "9/QĐ-UBND")]),
        // The list a form's number opens numbers forms too; a type word after it names a document again.
        Row("Bãi bỏ các mẫu số 02/TB-BSTT-NNT, 03/TB-BSTT-NNT và 04/TB-BSTT-NNT tại Phụ lục I kèm theo Thông tư số "
            + "80/2021/TT-BTC; Mẫu 01/KH-UBND, Kế hoạch số 05/KH-UBND.", [
            Expected(text: "Thông tư số 80/2021/TT-BTC", type: "Thông tư", number: "80", symbol: "80/2021/TT-BTC"),
            Expected(text: "Kế hoạch số 05/KH-UBND", type: "Kế hoạch", number: "05", symbol: "05/KH-UBND")]),
        // National bodies whose names hold lower-case words; a judgment (`Bản án`).
        Row("Quyết định số 12/QĐ-BHXH của Bảo hiểm xã hội Việt Nam; Kết luận số 5/KL-KTNN của Kiểm toán nhà nước về "
            + "việc; Bản án số 12/2023/DS-PT ngày 15/3/2023.", [
            Expected(text: "Quyết định số 12/QĐ-BHXH", type: "Quyết định", number: "12", symbol: "12/QĐ-BHXH",
                     issuer: "Bảo hiểm xã hội Việt Nam"),
            Expected(text: "Kết luận số 5/KL-KTNN", type: "Kết luận", number: "5", symbol: "5/KL-KTNN",
                     issuer: "Kiểm toán nhà nước"),
            Expected(text: "Bản án số 12/2023/DS-PT", type: "Bản án", number: "12", symbol: "12/2023/DS-PT",
                     date: "2023-03-15")]),
        // ` - ` inside a place or between joint issuers; a minister who heads a body of ministerial rank.
        Row("Quyết định số 15/2024/QĐ-UBND ngày 3/5/2024 của UBND tỉnh Bà Rịa - Vũng Tàu ban hành Quy định; "
            + "Thông tư liên tịch số 14/2015/TTLT-BTNMT-BNV của liên Bộ Tài nguyên và Môi trường - Bộ Nội vụ; Thông tư "
            + "số 01/2011/TT-BNV của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn", [
            Expected(text: "Quyết định số 15/2024/QĐ-UBND", type: "Quyết định", number: "15", symbol: "15/2024/QĐ-UBND",
                     date: "2024-05-03", issuer: "UBND tỉnh Bà Rịa - Vũng Tàu"),
            Expected(text: "Thông tư liên tịch số 14/2015/TTLT-BTNMT-BNV", type: "Thông tư liên tịch", number: "14",
                     symbol: "14/2015/TTLT-BTNMT-BNV", issuer: "liên Bộ Tài nguyên và Môi trường - Bộ Nội vụ"),
            Expected(text: "Thông tư số 01/2011/TT-BNV", type: "Thông tư", number: "01", symbol: "01/2011/TT-BNV",
                     issuer: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ")]),
        // The Party committee of a bloc of agencies.
        Row("Nghị quyết số 05-NQ/ĐU ngày 20/4/2021 của Đảng ủy Khối các cơ quan tỉnh; Kết luận số 03-KL/HU", [
            Expected(text: "Nghị quyết số 05-NQ/ĐU", type: "Nghị quyết", number: "05", symbol: "05-NQ/ĐU",
                     date: "2021-04-20", issuer: "Đảng ủy Khối các cơ quan tỉnh"),
            Expected(text: "Kết luận số 03-KL/HU", type: "Kết luận", number: "03", symbol: "03-KL/HU")]),
        // Court documents: the Judicial Council as issuer, and a precedent (`Án lệ`, code `AL`).
        Row("Nghị quyết số 02/2018/NQ-HĐTP ngày 15/5/2018 của Hội đồng Thẩm phán Tòa án nhân dân tối cao; "
            + "Án lệ số 47/2021/AL.", [
            Expected(text: "Nghị quyết số 02/2018/NQ-HĐTP", type: "Nghị quyết", number: "02", symbol: "02/2018/NQ-HĐTP",
                     date: "2018-05-15", issuer: "Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
            Expected(text: "Án lệ số 47/2021/AL", type: "Án lệ", number: "47", symbol: "47/2021/AL")]),
        // A date written after the term; not one written after the next mention.
        Row("Chỉ thị 35-CT/TW của Bộ Chính trị khóa XIII (ngày 14/6/2024) về đại hội. Kết luận số 01-KL/TW khóa XIII, "
            + "Quyết định số 12-QĐ/TW ngày 1/1/2022.", [
            Expected(text: "Chỉ thị 35-CT/TW", type: "Chỉ thị", number: "35", symbol: "35-CT/TW", date: "2024-06-14",
                     issuer: "Bộ Chính trị", term: "XIII"),
            Expected(text: "Kết luận số 01-KL/TW", type: "Kết luận", number: "01", symbol: "01-KL/TW", term: "XIII"),
            Expected(text: "Quyết định số 12-QĐ/TW", type: "Quyết định", number: "12", symbol: "12-QĐ/TW",
                     date: "2022-01-01")]),
        // An issuer written once after a list is not shared with a symbol that names another body.
        Row("Thực hiện Nghị quyết số 43/2022/QH15 và Nghị quyết 11/NQ-CP năm 2022 của Chính phủ; Nghị định số "
            + "15/2020/NĐ-CP và Nghị quyết số 01/NQ-CP của Chính phủ.", [
            Expected(text: "Nghị quyết số 43/2022/QH15", type: "Nghị quyết", number: "43", symbol: "43/2022/QH15"),
            Expected(text: "Nghị quyết 11/NQ-CP", type: "Nghị quyết", number: "11", symbol: "11/NQ-CP",
                     issuer: "Chính phủ", year: 2022),
            Expected(text: "Nghị định số 15/2020/NĐ-CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP",
                     issuer: "Chính phủ"),
            Expected(text: "Nghị quyết số 01/NQ-CP", type: "Nghị quyết", number: "01", symbol: "01/NQ-CP",
                     issuer: "Chính phủ")]),
        // A table of documents: the date in the next cell (after a tab) is the symbol's; a date in prose needs `ngày`.
        Row("1\t15/2020/NĐ-CP\t03/02/2020\tNghị định quy định xử phạt\n2\t1234/QĐ-UBND\t05/5/2023\tQuyết định "
            + "phê duyệt\nQuyết định số 12/QĐ-UBND 05/5/2023", [
            Expected(text: "15/2020/NĐ-CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP",
                     date: "2020-02-03"),
            Expected(text: "1234/QĐ-UBND", type: "Quyết định", number: "1234", symbol: "1234/QĐ-UBND",
                     date: "2023-05-05"),
            Expected(text: "Quyết định số 12/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/QĐ-UBND")]),
        // The same in a text table drawn with `|`.
        Row("| 1 | Nghị định số 15/2020/NĐ-CP | 03/02/2020 | Chính phủ |\n"
            + "| 2 | Thông tư 01/2021/TT-BTC | 05/01/2021 |", [
            Expected(text: "Nghị định số 15/2020/NĐ-CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP",
                     date: "2020-02-03"),
            Expected(text: "Thông tư 01/2021/TT-BTC", type: "Thông tư", number: "01", symbol: "01/2021/TT-BTC",
                     date: "2021-01-05")]),
        // A document named inside a cell of text does not take the date of the next cell (the row's expiry).
        Row("| 1 | Quyết định | 25/2016/QĐ-UBND ngày 15/8/2016 | Được thay thế bởi Quyết định số 12/2025/QĐ-UBND | "
            + "20/3/2025 |\nĐược thay thế bởi Quyết định số 13/2025/QĐ-UBND\t01/4/2025", [
            Expected(text: "25/2016/QĐ-UBND", type: "Quyết định", number: "25", symbol: "25/2016/QĐ-UBND",
                     date: "2016-08-15"),
            Expected(text: "Quyết định số 12/2025/QĐ-UBND", type: "Quyết định", number: "12",
                     symbol: "12/2025/QĐ-UBND"),
            Expected(text: "Quyết định số 13/2025/QĐ-UBND", type: "Quyết định", number: "13",
                     symbol: "13/2025/QĐ-UBND")]),
        // A unit's mixed-case code is read whole, as written, and the fields after it are read.
        Row("Công văn 1234/BGDĐT-GDTrH ngày 25/3/2023 của Bộ Giáo dục và Đào tạo hướng dẫn", [
            Expected(text: "Công văn 1234/BGDĐT-GDTrH", type: "Công văn", number: "1234", symbol: "1234/BGDĐT-GDTrH",
                     date: "2023-03-25", issuer: "Bộ Giáo dục và Đào tạo")]),
        // A mention with an issuer of its own does not take the date written after the next one.
        Row("Theo Công văn số 2345/VPCP-KGVX của Văn phòng Chính phủ và Công điện số 1063/CĐ-TTg ngày 01/11/2024 của "
            + "Thủ tướng Chính phủ.", [
            Expected(text: "Công văn số 2345/VPCP-KGVX", type: "Công văn", number: "2345", symbol: "2345/VPCP-KGVX",
                     issuer: "Văn phòng Chính phủ"),
            Expected(text: "Công điện số 1063/CĐ-TTg", type: "Công điện", number: "1063", symbol: "1063/CĐ-TTg",
                     date: "2024-11-01", issuer: "Thủ tướng Chính phủ")]),
        // Nor does one whose symbol names another body, by a code of two letters too (`VP`, an office), take the
        // issuer written after the next: the proposer stated before it stays.
        Row("Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 210/TTr-STC ngày 10/6/2025 và Văn bản số "
            + "345/VP-KSTT ngày 12/6/2025 của Văn phòng UBND tỉnh.", [
            Expected(text: "Tờ trình số 210/TTr-STC", type: "Tờ trình", number: "210", symbol: "210/TTr-STC",
                     date: "2025-06-10", issuer: "Giám đốc Sở Tài chính"),
            Expected(text: "Văn bản số 345/VP-KSTT", type: "Văn bản", number: "345", symbol: "345/VP-KSTT",
                     date: "2025-06-12", issuer: "Văn phòng UBND tỉnh")]),
        // Codes that spell a vowel mark in capitals (Ủy ban Trung ương MTTQ: `UBTƯMTTQVN`).
        Row("Căn cứ Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN ngày 17/4/2008;", [
            Expected(text: "Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN", type: "Nghị quyết liên tịch",
                     number: "09",
                     symbol: "09/2008/NQLT-CP-UBTƯMTTQVN", date: "2008-04-17")]),
        // `V/v` (về việc) opens the subject.
        Row("Căn cứ Văn bản số 1234/UBND-KT ngày 10/10/2023 của UBND tỉnh V/v triển khai thực hiện;", [
            Expected(text: "Văn bản số 1234/UBND-KT", type: "Văn bản", number: "1234", symbol: "1234/UBND-KT",
                     date: "2023-10-10", issuer: "UBND tỉnh")]),
        // OCR text: a line break inside the type word, spaces around the date's separators.
        Row("Căn cứ Nghị\nđịnh số 30/2020/NĐ-CP ngày 05 /3/ 2020 của Chính phủ về công tác văn thư;", [
            Expected(text: "Nghị\nđịnh số 30/2020/NĐ-CP", type: "Nghị định", number: "30", symbol: "30/2020/NĐ-CP",
                     date: "2020-03-05", issuer: "Chính phủ")]),
        // A code cut at the end of a line, as PDFs and OCR write it.
        Row("Căn cứ Quyết định số 1234/QĐ-\nUBND ngày 05/9/2024 của UBND tỉnh;", [
            Expected(text: "Quyết định số 1234/QĐ-\nUBND", type: "Quyết định", number: "1234", symbol: "1234/QĐ-UBND",
                     date: "2024-09-05", issuer: "UBND tỉnh", warnings: ["repaired-symbol"])]),
        // A symbol cut after any of its separators, `/` or `-` (LF or CR LF); not after a separator set off by a space,
        // and a date cut so is no symbol.
        Row("Nghị định số 15/\n2020/NĐ-CP; Nghị định số 16/2020/\r\nNĐ-CP; Nghị quyết số 68-NQ/\nTW ngày 04/5/2025; "
            + "Kết luận số 21-\n  KL/TW; ngày 15/\n6/2020; Tờ trình 12 /\nTTr-UBND.", [
            Expected(text: "Nghị định số 15/\n2020/NĐ-CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Nghị định số 16/2020/\r\nNĐ-CP", type: "Nghị định", number: "16", symbol: "16/2020/NĐ-CP",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Nghị quyết số 68-NQ/\nTW", type: "Nghị quyết", number: "68", symbol: "68-NQ/TW",
                     date: "2025-05-04", warnings: ["repaired-symbol"]),
            Expected(text: "Kết luận số 21-\n  KL/TW", type: "Kết luận", number: "21", symbol: "21-KL/TW",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Tờ trình 12", type: "Tờ trình", number: "12", symbol: nil)]),
        // A Party symbol with a space for its dash is repaired; a state symbol so written is not a symbol, and a year
        // before a name is no number of a symbol.
        Row("Thực hiện Quyết định 217 QĐ/TW ngày 19/12/2017 của Bộ Chính trị; Chỉ thị 16 CT/TTg; Luật số 45 Quốc "
            + "hội.", [
            Expected(text: "Quyết định 217 QĐ/TW", type: "Quyết định", number: "217", symbol: "217-QĐ/TW",
                     date: "2017-12-19", issuer: "Bộ Chính trị", warnings: ["repaired-symbol"]),
            Expected(text: "Chỉ thị 16", type: "Chỉ thị", number: "16", symbol: nil),
            Expected(text: "Luật số 45", type: "Luật", number: "45", symbol: nil)]),
        // OCR's known code with a letter in the wrong case after its first capital gets its official spelling.
        Row("Nghị định số 18/2020/NĐ-Cp; Quyết định số 5/QĐ-Ubnd; Kết luận 21-KL/Tw.", [
            Expected(text: "Nghị định số 18/2020/NĐ-Cp", type: "Nghị định", number: "18", symbol: "18/2020/NĐ-CP",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Quyết định số 5/QĐ-Ubnd", type: "Quyết định", number: "5", symbol: "5/QĐ-UBND",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Kết luận 21-KL/Tw", type: "Kết luận", number: "21", symbol: "21-KL/TW",
                     warnings: ["repaired-symbol"])]),
        // A bare year after the mention is its `year`, not a date.
        Row("theo Chỉ thị 05/CT-TTg năm 2024 của Thủ tướng Chính phủ", [
            Expected(text: "Chỉ thị 05/CT-TTg", type: "Chỉ thị", number: "05", symbol: "05/CT-TTg",
                     issuer: "Thủ tướng Chính phủ", year: 2024)]),
        // The year in parentheses, as Party documents are cited, and the issuer after it.
        Row("Quy định 08-QĐ/TU (năm 2022) của Tỉnh ủy; Chỉ thị 05-CT/TW ( năm 2016 ) của Bộ Chính trị; Quy định "
            + "22-QĐ/TW (sửa đổi năm 2020)", [
            Expected(text: "Quy định 08-QĐ/TU", type: "Quy định", number: "08", symbol: "08-QĐ/TU", issuer: "Tỉnh ủy",
                     year: 2022),
            Expected(text: "Chỉ thị 05-CT/TW", type: "Chỉ thị", number: "05", symbol: "05-CT/TW",
                     issuer: "Bộ Chính trị", year: 2016),
            Expected(text: "Quy định 22-QĐ/TW", type: "Quy định", number: "22", symbol: "22-QĐ/TW")]),
        // An issuer stated before: `… vừa ban hành Kế hoạch số …`.
        Row("UBND tỉnh Quảng Nam vừa ban hành Kế hoạch số 123/KH-UBND ngày 5/3/2024 triển khai", [
            Expected(text: "Kế hoạch số 123/KH-UBND", type: "Kế hoạch", number: "123", symbol: "123/KH-UBND",
                     date: "2024-03-05", issuer: "UBND tỉnh Quảng Nam")]),
        // Two words between the body and its act: `cũng đã ban hành`, `cũng đã có`.
        Row("Bộ Công an cũng đã ban hành Thông tư 69/2024/TT-BCA quy định về giao thông. Bộ Nội vụ cũng đã có Tờ "
            + "trình số 452/TTr-BNV gửi Chính phủ.", [
            Expected(text: "Thông tư 69/2024/TT-BCA", type: "Thông tư", number: "69", symbol: "69/2024/TT-BCA",
                     issuer: "Bộ Công an"),
            Expected(text: "Tờ trình số 452/TTr-BNV", type: "Tờ trình", number: "452", symbol: "452/TTr-BNV",
                     issuer: "Bộ Nội vụ")]),
        // The assembly of two terms: its name is shared across `và`, the date of the later term is not.
        Row("tuân thủ Luật Quy hoạch số 21/2017/QH14 và Nghị quyết số 61/2022/QH15 ngày 16/11/2022 của Quốc hội về", [
            Expected(text: "Luật Quy hoạch số 21/2017/QH14", type: "Luật", number: "21", symbol: "21/2017/QH14",
                     issuer: "Quốc hội", term: "QH14"),
            Expected(text: "Nghị quyết số 61/2022/QH15", type: "Nghị quyết", number: "61", symbol: "61/2022/QH15",
                     date: "2022-11-16", issuer: "Quốc hội", term: "QH15")]),
        // The three families and their variants.
        Row("Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả", [
            Expected(text: "Kết luận số 114-KL/TW", type: "Kết luận", number: "114", symbol: "114-KL/TW",
                     date: "2015-07-14", issuer: "Ban Bí thư")]),
        Row("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương", [
            Expected(text: "Quy định số 08-QĐi/TW", type: "Quy định", number: "08", symbol: "08-QĐi/TW",
                     date: "2018-10-25", issuer: "Ban Chấp hành Trung ương")]),
        Row("Chương trình hành động số 60-CTr/TU ngày 15/8/2013 của tỉnh ủy", [
            Expected(text: "Chương trình hành động số 60-CTr/TU", type: "Chương trình", number: "60",
                     symbol: "60-CTr/TU", date: "2013-08-15", issuer: "tỉnh ủy")]),
        // A page written in lower case names its bodies so too.
        Row("theo thông tư số 24/2023/TT-BCA của bộ công an; quyết định 15/2020/QĐ-TTg của thủ tướng chính phủ và "
            + "Quyết định 16/2020/QĐ-TTg của thủ tướng chính thức ký", [
            Expected(text: "thông tư số 24/2023/TT-BCA", type: "Thông tư", number: "24", symbol: "24/2023/TT-BCA",
                     issuer: "bộ công an"),
            Expected(text: "quyết định 15/2020/QĐ-TTg", type: "Quyết định", number: "15", symbol: "15/2020/QĐ-TTg",
                     issuer: "thủ tướng chính phủ"),
            Expected(text: "Quyết định 16/2020/QĐ-TTg", type: "Quyết định", number: "16", symbol: "16/2020/QĐ-TTg",
                     issuer: "thủ tướng")]),
        Row("theo Hướng dẫn số 06-HD/BTCTW-BTGTW của Ban Tổ chức Trung ương", [
            Expected(text: "Hướng dẫn số 06-HD/BTCTW-BTGTW", type: "Hướng dẫn", number: "06",
                     symbol: "06-HD/BTCTW-BTGTW", issuer: "Ban Tổ chức Trung ương")]),
        Row("Kế hoạch 1273-KH/BDVTW ngày 12/10/2017", [
            Expected(text: "Kế hoạch 1273-KH/BDVTW", type: "Kế hoạch", number: "1273", symbol: "1273-KH/BDVTW",
                     date: "2017-10-12")]),
        Row("Chỉ thị 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ về thực hiện cách ly", [
            Expected(text: "Chỉ thị 16/CT-TTg", type: "Chỉ thị", number: "16", symbol: "16/CT-TTg",
                     date: "2020-03-31", issuer: "Thủ tướng Chính phủ")]),
        Row("Công văn số 1560/VPCP-KGVX và văn bản 12/UBND-VX", [
            Expected(text: "Công văn số 1560/VPCP-KGVX", type: "Công văn", number: "1560", symbol: "1560/VPCP-KGVX"),
            Expected(text: "văn bản 12/UBND-VX", type: "Văn bản", number: "12", symbol: "12/UBND-VX")]),
        Row("Quyết định số 676/2016/QĐ-TANDTC-KHTC", [
            Expected(text: "Quyết định số 676/2016/QĐ-TANDTC-KHTC", type: "Quyết định", number: "676",
                     symbol: "676/2016/QĐ-TANDTC-KHTC")]),
        Row("Căn cứ Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 năm 2021 của Chính phủ;", [
            Expected(text: "Nghị định số 107/2021/NĐ-CP", type: "Nghị định", number: "107", symbol: "107/2021/NĐ-CP",
                     date: "2021-12-06", issuer: "Chính phủ")]),
        Row("Thông tư số 47/2024/TT-BTC; Nghị quyết số 142/2024/QH15 ngày 29/6/2024 của Quốc hội", [
            Expected(text: "Thông tư số 47/2024/TT-BTC", type: "Thông tư", number: "47", symbol: "47/2024/TT-BTC"),
            Expected(text: "Nghị quyết số 142/2024/QH15", type: "Nghị quyết", number: "142", symbol: "142/2024/QH15",
                     date: "2024-06-29", issuer: "Quốc hội")]),
        Row("Nghị quyết số 45/2024/UBTVQH15 và Thông tư liên tịch số 02/2014/TTLT-TANDTC-VKSNDTC-BTP-BTC", [
            Expected(text: "Nghị quyết số 45/2024/UBTVQH15", type: "Nghị quyết", number: "45",
                     symbol: "45/2024/UBTVQH15"),
            Expected(text: "Thông tư liên tịch số 02/2014/TTLT-TANDTC-VKSNDTC-BTP-BTC", type: "Thông tư liên tịch",
                     number: "02", symbol: "02/2014/TTLT-TANDTC-VKSNDTC-BTP-BTC")]),
        Row("Lệnh số 07/2025/L-CTN; Nghị quyết số 66.13/2026/NQ-CP; Văn bản hợp nhất số 113/VBHN-VPQH", [
            Expected(text: "Lệnh số 07/2025/L-CTN", type: "Lệnh", number: "07", symbol: "07/2025/L-CTN"),
            Expected(text: "Nghị quyết số 66.13/2026/NQ-CP", type: "Nghị quyết", number: "66.13",
                     symbol: "66.13/2026/NQ-CP"),
            Expected(text: "Văn bản hợp nhất số 113/VBHN-VPQH", type: "Văn bản hợp nhất", number: "113",
                     symbol: "113/VBHN-VPQH")]),
        // A letter issued between two numbers; a form's number (`Mẫu 2a/BC`) is none.
        Row("Nghị định số 24a/2016/NĐ-CP và Quyết định số 1722a/QĐ-UBND ngày 5/5/2020 theo Mẫu 2a/BC", [
            Expected(text: "Nghị định số 24a/2016/NĐ-CP", type: "Nghị định", number: "24a", symbol: "24a/2016/NĐ-CP"),
            Expected(text: "Quyết định số 1722a/QĐ-UBND", type: "Quyết định", number: "1722a",
                     symbol: "1722a/QĐ-UBND", date: "2020-05-05")]),
        // Type words: case, abbreviations, misspellings, none at all.
        Row("NGHỊ ĐỊNH SỐ 30/2020/NĐ-CP", [
            Expected(text: "NGHỊ ĐỊNH SỐ 30/2020/NĐ-CP", type: "Nghị định", number: "30", symbol: "30/2020/NĐ-CP")]),
        Row("theo NĐ 30/2020/NĐ-CP và QĐ 2161/QĐ-TTg", [
            Expected(text: "NĐ 30/2020/NĐ-CP", type: "Nghị định", number: "30", symbol: "30/2020/NĐ-CP"),
            Expected(text: "QĐ 2161/QĐ-TTg", type: "Quyết định", number: "2161", symbol: "2161/QĐ-TTg")]),
        // Written in haste, in lower case (`nđ`, `qđ`, `nq`; `tt` and `ct` are too often `thị trấn` and `công ty`).
        Row("căn cứ nđ 100/2019 được sửa đổi bởi nđ 123/2021, qđ 2161/QĐ-TTg, nq 18 và tt 59/2015 tại ct 12", [
            Expected(text: "nđ 100/2019", type: "Nghị định", number: "100", year: 2019),
            Expected(text: "nđ 123/2021", type: "Nghị định", number: "123", year: 2021),
            Expected(text: "qđ 2161/QĐ-TTg", type: "Quyết định", number: "2161", symbol: "2161/QĐ-TTg"),
            Expected(text: "nq 18", type: "Nghị quyết", number: "18")]),
        Row("Căn cứ Nghị   định   số  12 / 2019 / NĐ - CP  ngày  01 / 02 / 2019 ;", [
            Expected(text: "Nghị   định   số  12 / 2019 / NĐ - CP", type: "Nghị định", number: "12",
                     symbol: "12/2019/NĐ-CP", date: "2019-02-01", warnings: ["repaired-symbol"])]),
        Row("sửa đổi Thôngt ư số 19/2021/TT-BTC ngày 18/3/2021 của Bộ trưởng Bộ Tài chính", [
            Expected(text: "Thôngt ư số 19/2021/TT-BTC", type: "Thông tư", number: "19", symbol: "19/2021/TT-BTC",
                     date: "2021-03-18", issuer: "Bộ trưởng Bộ Tài chính")]),
        Row("thực hiện Nghị quyết sổ 21-NQ/TW", [
            Expected(text: "Nghị quyết sổ 21-NQ/TW", type: "Nghị quyết", number: "21", symbol: "21-NQ/TW")]),
        Row("Số: 15/QĐ-BNV", [Expected(text: "15/QĐ-BNV", type: "Quyết định", number: "15", symbol: "15/QĐ-BNV")]),
        // Dates.
        Row("Quy định số 17-QĐ/TU, ngày 03/10/2017 của Ban Thường vụ Tỉnh ủy", [
            Expected(text: "Quy định số 17-QĐ/TU", type: "Quy định", number: "17", symbol: "17-QĐ/TU",
                     date: "2017-10-03", issuer: "Ban Thường vụ Tỉnh ủy")]),
        Row("Chỉ thị số 46-CT/TW ngày 16-5-2025 và Kết luận số 14-KL/TW ngày 20.3.2026", [
            Expected(text: "Chỉ thị số 46-CT/TW", type: "Chỉ thị", number: "46", symbol: "46-CT/TW",
                     date: "2025-05-16"),
            Expected(text: "Kết luận số 14-KL/TW", type: "Kết luận", number: "14", symbol: "14-KL/TW",
                     date: "2026-03-20")]),
        Row("Nghị quyết số 10-NQ/TU ngày2/10/2019 của Tỉnh ủy Thừa Thiên Huế", [
            Expected(text: "Nghị quyết số 10-NQ/TU", type: "Nghị quyết", number: "10", symbol: "10-NQ/TU",
                     date: "2019-10-02", issuer: "Tỉnh ủy Thừa Thiên Huế")]),
        Row("Hướng dẫn số 42-HD/BTCTW (28/10/2025)", [
            Expected(text: "Hướng dẫn số 42-HD/BTCTW", type: "Hướng dẫn", number: "42", symbol: "42-HD/BTCTW",
                     date: "2025-10-28")]),
        Row("Kế hoạch số 915/KH-UBND ngày 17 tháng\n02 năm 2023 của Ủy ban nhân dân thành phố Huế", [
            Expected(text: "Kế hoạch số 915/KH-UBND", type: "Kế hoạch", number: "915", symbol: "915/KH-UBND",
                     date: "2023-02-17", issuer: "Ủy ban nhân dân thành phố Huế")]),
        // Issuers and terms.
        Row("Quyết định 290-QĐ/TW của Bộ Chính trị (khóa X) ở tỉnh ta", [
            Expected(text: "Quyết định 290-QĐ/TW", type: "Quyết định", number: "290", symbol: "290-QĐ/TW",
                     issuer: "Bộ Chính trị")]),
        // A day and month without a year are no date; the issuer after them is still the mention's.
        Row("Kế hoạch số 78/KH-UBND ngày 5/3 của UBND xã; Công văn số 12/UBND ngày 5-3 về việc họp.", [
            Expected(text: "Kế hoạch số 78/KH-UBND", type: "Kế hoạch", number: "78", symbol: "78/KH-UBND",
                     issuer: "UBND xã"),
            Expected(text: "Công văn số 12/UBND", type: "Công văn", number: "12", symbol: "12/UBND")]),
        // A month and its year without a day: the year, and the issuer after them.
        Row("Thông báo kết luận số 127-TB/TW ngày 12/2024 của Bộ Chính trị; Quyết định số 12/QĐ-UBND tháng 3/2024 của "
            + "UBND tỉnh; Kế hoạch số 5/KH-UBND ngày 13/2024 của UBND xã.", [
            Expected(text: "Thông báo kết luận số 127-TB/TW", type: "Thông báo", number: "127", symbol: "127-TB/TW",
                     issuer: "Bộ Chính trị", year: 2024),
            Expected(text: "Quyết định số 12/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/QĐ-UBND",
                     issuer: "UBND tỉnh", year: 2024),
            Expected(text: "Kế hoạch số 5/KH-UBND", type: "Kế hoạch", number: "5", symbol: "5/KH-UBND")]),
        // `do X ban hành ngày …`: the issuer stated as the agent, with the date after its verb; `do X chủ trì` is not.
        Row("Theo Quyết định số 2345/QĐ-UBND do UBND Thành phố ban hành ngày 3/4/2024, các đơn vị báo cáo.", [
            Expected(text: "Quyết định số 2345/QĐ-UBND", type: "Quyết định", number: "2345", symbol: "2345/QĐ-UBND",
                     date: "2024-04-03", issuer: "UBND Thành phố")]),
        Row("Chỉ thị số 16/CT-TTg do Thủ tướng Chính phủ ký ngày 31 tháng 3 năm 2020", [
            Expected(text: "Chỉ thị số 16/CT-TTg", type: "Chỉ thị", number: "16", symbol: "16/CT-TTg",
                     date: "2020-03-31", issuer: "Thủ tướng Chính phủ")]),
        // After the date too: the date written first stays the mention's.
        Row("Quyết định số 22/2021/QĐ-UBND ngày 5/8/2021 do UBND tỉnh ban hành; Kế hoạch số 8/KH-UBND ngày 2/2/2024 "
            + "do Sở Y tế chủ trì", [
            Expected(text: "Quyết định số 22/2021/QĐ-UBND", type: "Quyết định", number: "22", symbol: "22/2021/QĐ-UBND",
                     date: "2021-08-05", issuer: "UBND tỉnh"),
            Expected(text: "Kế hoạch số 8/KH-UBND", type: "Kế hoạch", number: "8", symbol: "8/KH-UBND",
                     date: "2024-02-02")]),
        Row("Kế hoạch số 12/KH-UBND do Sở Y tế chủ trì thực hiện", [
            Expected(text: "Kế hoạch số 12/KH-UBND", type: "Kế hoạch", number: "12", symbol: "12/KH-UBND")]),
        // `được X ban hành`, `được X thông qua`: the same agent; `được X sửa đổi` tells what was done to it.
        Row("Nghị định số 15/2020/NĐ-CP được Chính phủ ban hành ngày 03/02/2020. Bộ luật Lao động số 45/2019/QH14 được "
            + "Quốc hội thông qua ngày 20/11/2019. Nghị định số 100/2019/NĐ-CP được Chính phủ sửa đổi năm 2021.", [
            Expected(text: "Nghị định số 15/2020/NĐ-CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP",
                     date: "2020-02-03", issuer: "Chính phủ"),
            Expected(text: "Bộ luật Lao động số 45/2019/QH14", type: "Bộ luật", number: "45", symbol: "45/2019/QH14",
                     date: "2019-11-20", issuer: "Quốc hội"),
            Expected(text: "Nghị định số 100/2019/NĐ-CP", type: "Nghị định", number: "100",
                     symbol: "100/2019/NĐ-CP")]),
        // The body's term and session before the verb, the session after `thông qua`: the date still follows.
        Row("Luật Đất đai số 31/2024/QH15 được Quốc hội thông qua tại kỳ họp bất thường lần thứ 5 ngày 18-1-2024. "
            + "Hiến pháp năm 2013 được Quốc hội khóa XIII, kỳ họp thứ 6 thông qua ngày 28/11/2013.", [
            Expected(text: "Luật Đất đai số 31/2024/QH15", type: "Luật", number: "31", symbol: "31/2024/QH15",
                     date: "2024-01-18", issuer: "Quốc hội", term: "QH15"),
            Expected(text: "Hiến pháp năm 2013", type: "Hiến pháp", date: "2013-11-28", issuer: "Quốc hội",
                     year: 2013, term: "XIII")]),
        // Coordination and lists.
        // Symbols of two bodies: the date and issuer after the second are not the first's.
        Row("Quán triệt Chỉ thị 45-CT/TW và Quyết định số 1500/QĐ-TTg ngày 3/12/2024 của Thủ tướng Chính phủ.", [
            Expected(text: "Chỉ thị 45-CT/TW", type: "Chỉ thị", number: "45", symbol: "45-CT/TW"),
            Expected(text: "Quyết định số 1500/QĐ-TTg", type: "Quyết định", number: "1500", symbol: "1500/QĐ-TTg",
                     date: "2024-12-03", issuer: "Thủ tướng Chính phủ")]),
        Row("Công văn số 2135/TCT-KK ngày 08/6/2022 và Công văn 4550/CTHN-TTHT ngày 11/02/2023 "
            + "của Cục Thuế TP Hà Nội", [
            Expected(text: "Công văn số 2135/TCT-KK", type: "Công văn", number: "2135", symbol: "2135/TCT-KK",
                     date: "2022-06-08"),
            Expected(text: "Công văn 4550/CTHN-TTHT", type: "Công văn", number: "4550", symbol: "4550/CTHN-TTHT",
                     date: "2023-02-11", issuer: "Cục Thuế TP Hà Nội")]),
        // A member that states its own term keeps apart from the date and issuer of a member of another term.
        Row("Nghị quyết 26-NQ/TW (khóa X) và Kết luận số 97-KL/TW ngày 15/5/2014 của Hội nghị Trung ương 9 (khóa XI)", [
            Expected(text: "Nghị quyết 26-NQ/TW", type: "Nghị quyết", number: "26", symbol: "26-NQ/TW", term: "X"),
            Expected(text: "Kết luận số 97-KL/TW", type: "Kết luận", number: "97", symbol: "97-KL/TW",
                     date: "2014-05-15", issuer: "Hội nghị Trung ương 9", term: "XI")]),
        Row("Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI)", [
            Expected(text: "Quyết định số 217-QĐ/TW", type: "Quyết định", number: "217", symbol: "217-QĐ/TW",
                     date: "2013-12-12", issuer: "Bộ Chính trị"),
            Expected(text: "Quyết định số 218-QĐ/TW", type: "Quyết định", number: "218", symbol: "218-QĐ/TW",
                     date: "2013-12-12", issuer: "Bộ Chính trị")]),
        // A member the document dated before keeps apart from the date written after the next member.
        Row("Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị.\nQuán triệt Chỉ thị 45-CT/TW và Nghị quyết "
            + "số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII.", [
            Expected(text: "Chỉ thị số 45-CT/TW", type: "Chỉ thị", number: "45", symbol: "45-CT/TW",
                     date: "2025-04-14", issuer: "Bộ Chính trị"),
            Expected(text: "Chỉ thị 45-CT/TW", type: "Chỉ thị", number: "45", symbol: "45-CT/TW"),
            Expected(text: "Nghị quyết số 60-NQ/TW", type: "Nghị quyết", number: "60", symbol: "60-NQ/TW",
                     date: "2025-04-12", issuer: "Ban Chấp hành Trung ương Đảng", term: "XIII")]),
        // The same date written again after the next member is shared.
        Row("Quyết định số 217-QĐ/TW ngày 12/12/2013.\nQuyết định 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày "
            + "12/12/2013 của Bộ Chính trị", [
            Expected(text: "Quyết định số 217-QĐ/TW", type: "Quyết định", number: "217", symbol: "217-QĐ/TW",
                     date: "2013-12-12"),
            Expected(text: "Quyết định 217-QĐ/TW", type: "Quyết định", number: "217", symbol: "217-QĐ/TW",
                     date: "2013-12-12", issuer: "Bộ Chính trị"),
            Expected(text: "Quyết định số 218-QĐ/TW", type: "Quyết định", number: "218", symbol: "218-QĐ/TW",
                     date: "2013-12-12", issuer: "Bộ Chính trị")]),
        // A member whose year is written takes the issuer written after the next, not its date.
        Row("Tham khảo Công văn 5512/BGDĐT-GDTrH năm 2020 và Công văn số 3175/BGDĐT-GDTrH ngày 21/7/2022 của Bộ "
            + "GDĐT.", [
            Expected(text: "Công văn 5512/BGDĐT-GDTrH", type: "Công văn", number: "5512", symbol: "5512/BGDĐT-GDTrH",
                     issuer: "Bộ GDĐT", year: 2020),
            Expected(text: "Công văn số 3175/BGDĐT-GDTrH", type: "Công văn", number: "3175",
                     symbol: "3175/BGDĐT-GDTrH", date: "2022-07-21", issuer: "Bộ GDĐT")]),
        Row("các Nghị định số 24/2014/NĐ-CP, 107/2020/NĐ-CP của Chính phủ", [
            Expected(text: "Nghị định số 24/2014/NĐ-CP", type: "Nghị định", number: "24", symbol: "24/2014/NĐ-CP",
                     issuer: "Chính phủ"),
            Expected(text: "107/2020/NĐ-CP", type: "Nghị định", number: "107", symbol: "107/2020/NĐ-CP",
                     issuer: "Chính phủ")]),
        Row("Luật số 80/2015/QH13; số 63/2020/QH14", [
            Expected(text: "Luật số 80/2015/QH13", type: "Luật", number: "80", symbol: "80/2015/QH13"),
            Expected(text: "số 63/2020/QH14", type: "Luật", number: "63", symbol: "63/2020/QH14")]),
        Row("theo tinh thần Nghị quyết số 18, 19 Hội nghị Ban Chấp hành Trung ương 6", [
            Expected(text: "Nghị quyết số 18", type: "Nghị quyết", number: "18", symbol: nil,
                     issuer: "Ban Chấp hành Trung ương"),
            Expected(text: "19", type: "Nghị quyết", number: "19", symbol: nil, issuer: "Ban Chấp hành Trung ương")]),
        // Noise.
        Row("Nghị quyết số 66- NQ/TW và Nghị quyết số 21 – NQ/TW", [
            Expected(text: "Nghị quyết số 66- NQ/TW", type: "Nghị quyết", number: "66", symbol: "66-NQ/TW",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Nghị quyết số 21 – NQ/TW", type: "Nghị quyết", number: "21", symbol: "21-NQ/TW",
                     warnings: ["repaired-symbol"])]),
        // A type word cut by a line break, LF or CR LF, is read whole; a blank line between its words cuts it.
        Row("Căn cứ Nghị\r\nđịnh số 31/2020/NĐ-CP;\r\nCăn cứ Thông\r\n\r\ntư số 12/2021/TT-BTC;", [
            Expected(text: "Nghị\r\nđịnh số 31/2020/NĐ-CP", type: "Nghị định", number: "31", symbol: "31/2020/NĐ-CP"),
            Expected(text: "số 12/2021/TT-BTC", type: "Thông tư", number: "12", symbol: "12/2021/TT-BTC")]),
        // A dash variant, a Cyrillic lookalike (a whole segment of them, `СТ`, between a slash and a dash), a
        // fullwidth letter and `Ð` or `Ɖ` for `Đ` are read as ASCII or `Đ`, and the record says so.
        Row("Nghị định số 29/2025/NĐ–CP; Chỉ thị 16/СТ-TTg; Quyết định 7/ＱĐ-UBND; Nghị định số 30/2020/NÐ-CP", [
            Expected(text: "Nghị định số 29/2025/NĐ–CP", type: "Nghị định", number: "29", symbol: "29/2025/NĐ-CP",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Chỉ thị 16/СТ-TTg", type: "Chỉ thị", number: "16", symbol: "16/CT-TTg",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Quyết định 7/ＱĐ-UBND", type: "Quyết định", number: "7", symbol: "7/QĐ-UBND",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Nghị định số 30/2020/NÐ-CP", type: "Nghị định", number: "30", symbol: "30/2020/NĐ-CP",
                     warnings: ["repaired-symbol"])]),
        // A fraction slash or a division slash for `/`, as some PDF text writes it, is read as `/` and said so.
        Row("Nghị định số 15\u{2044}2020\u{2044}NĐ-CP; Quyết định 8\u{2215}QĐ-UBND", [
            Expected(text: "Nghị định số 15\u{2044}2020\u{2044}NĐ-CP", type: "Nghị định", number: "15",
                     symbol: "15/2020/NĐ-CP", warnings: ["repaired-symbol"]),
            Expected(text: "Quyết định 8\u{2215}QĐ-UBND", type: "Quyết định", number: "8", symbol: "8/QĐ-UBND",
                     warnings: ["repaired-symbol"])]),
        // An invisible character dropped from inside a symbol is a repair too; before it, it is not, nor is a
        // no-break space.
        Row("Thông tư số 01/2021/TT-\u{AD}BTP; Nghị quyết số 12\u{200B}/NQ-HĐND; Quyết định số\u{A0}99/QĐ-UBND; "
            + "Quyết định \u{200B}290-QĐ/TW", [
            Expected(text: "Thông tư số 01/2021/TT-\u{AD}BTP", type: "Thông tư", number: "01",
                     symbol: "01/2021/TT-BTP", warnings: ["repaired-symbol"]),
            Expected(text: "Nghị quyết số 12\u{200B}/NQ-HĐND", type: "Nghị quyết", number: "12", symbol: "12/NQ-HĐND",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Quyết định số\u{A0}99/QĐ-UBND", type: "Quyết định", number: "99", symbol: "99/QĐ-UBND"),
            Expected(text: "Quyết định \u{200B}290-QĐ/TW", type: "Quyết định", number: "290", symbol: "290-QĐ/TW")]),
        // `ǎ` (a caron) for `ă`, as pages converted from old fonts write it, is read as `ă`: in the trigger and in
        // `nǎm` of a date.
        Row("Cǎn cứ Quyết định số 12/2019/QĐ-UBND ngày 05 tháng 3 nǎm 2019 của Ủy ban nhân dân tỉnh;", [
            Expected(text: "Quyết định số 12/2019/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/2019/QĐ-UBND",
                     date: "2019-03-05", issuer: "Ủy ban nhân dân tỉnh")]),
        // `ä` for `ă`, the breve as OCR reads it, is read as `ă` too.
        Row("Cän cứ Quyết định số 12/2019/QĐ-UBND ngày 05 tháng 3 näm 2019 của UBND tỉnh;", [
            Expected(text: "Quyết định số 12/2019/QĐ-UBND", type: "Quyết định", number: "12", symbol: "12/2019/QĐ-UBND",
                     date: "2019-03-05", issuer: "UBND tỉnh")]),
        // The other stray vowels OCR reads for marks: `cüa` for `của`, `Thöng tư`, `cůa`.
        Row("Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 cüa Văn phòng Chính phủ; Thöng tư số 05/2019/TT-BNV "
            + "ngày 05 tháng 3 năm 2019 cůa Bộ Nội vụ.", [
            Expected(text: "Thông tư số 02/2017/TT-VPCP", type: "Thông tư", number: "02", symbol: "02/2017/TT-VPCP",
                     date: "2017-10-31", issuer: "Văn phòng Chính phủ"),
            Expected(text: "Thöng tư số 05/2019/TT-BNV", type: "Thông tư", number: "05", symbol: "05/2019/TT-BNV",
                     date: "2019-03-05", issuer: "Bộ Nội vụ")]),
        Row("Quyết định số 15/QƉ-UBND của Ban Chấp hành Trung ương Ðảng", [
            Expected(text: "Quyết định số 15/QƉ-UBND", type: "Quyết định", number: "15", symbol: "15/QĐ-UBND",
                     issuer: "Ban Chấp hành Trung ương Đảng", warnings: ["repaired-symbol"])]),
        Row("Luật số 57/2014 / QH13", [
            Expected(text: "Luật số 57/2014 / QH13", type: "Luật", number: "57", symbol: "57/2014/QH13",
                     warnings: ["repaired-symbol"])]),
        Row("Nghị định số 61/2018/ND-CP và Nghị định 05/2020/NĐCP", [
            Expected(text: "Nghị định số 61/2018/ND-CP", type: "Nghị định", number: "61", symbol: "61/2018/NĐ-CP",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Nghị định 05/2020/NĐCP", type: "Nghị định", number: "05", symbol: "05/2020/NĐ-CP",
                     warnings: ["repaired-symbol"])]),
        // An older administrative symbol keeps the slashes it was written with (no repair the contract names); a
        // normative one joins its codes by a dash, as a repair.
        Row("Quyết định số 863/QĐ-UB/TC, Quyết định số 12/QĐ/UB và Nghị định 15/2020/NĐ/CP", [
            Expected(text: "Quyết định số 863/QĐ-UB/TC", type: "Quyết định", number: "863", symbol: "863/QĐ-UB/TC"),
            Expected(text: "Quyết định số 12/QĐ/UB", type: "Quyết định", number: "12", symbol: "12/QĐ/UB"),
            Expected(text: "Nghị định 15/2020/NĐ/CP", type: "Nghị định", number: "15", symbol: "15/2020/NĐ-CP",
                     warnings: ["repaired-symbol"])]),
        Row("Chỉ thị số 22/CT-TW và Quyết định 646/QĐ/QUTW", [
            Expected(text: "Chỉ thị số 22/CT-TW", type: "Chỉ thị", number: "22", symbol: "22-CT/TW",
                     warnings: ["repaired-symbol"]),
            Expected(text: "Quyết định 646/QĐ/QUTW", type: "Quyết định", number: "646", symbol: "646-QĐ/QUTW",
                     warnings: ["repaired-symbol"])]),
        Row("Thông báo 70-TB/TWngày 5/1/2022", [
            Expected(text: "Thông báo 70-TB/TW", type: "Thông báo", number: "70", symbol: "70-TB/TW",
                     date: "2022-01-05", warnings: ["repaired-symbol"])]),
        Row("thực hiện chỉ thị số 06-ct/tw của ban bí thư", [
            Expected(text: "chỉ thị số 06-ct/tw", type: "Chỉ thị", number: "06", symbol: "06-CT/TW",
                     issuer: "ban bí thư", warnings: ["repaired-symbol"])]),
        Row("Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Ðảng và Chỉ thị 16/CT-ТТg", [
            Expected(text: "Nghị quyết số 25-NQ/TW", type: "Nghị quyết", number: "25", symbol: "25-NQ/TW",
                     issuer: "Ban Chấp hành Trung ương Đảng"),
            Expected(text: "Chỉ thị 16/CT-ТТg", type: "Chỉ thị", number: "16", symbol: "16/CT-TTg",
                     warnings: ["repaired-symbol"])]),
        Row("Nghi\u{0323} quyê\u{0301}t sô\u{0301} 57-NQ/TW ngày 22/12/2024", [
            Expected(text: "Nghi\u{0323} quyê\u{0301}t sô\u{0301} 57-NQ/TW", type: "Nghị quyết", number: "57",
                     symbol: "57-NQ/TW", date: "2024-12-22")]),
        Row("Quyết định số ２２４３／QĐ－UBND", [
            Expected(text: "Quyết định số ２２４３／QĐ－UBND", type: "Quyết định", number: "2243",
                     symbol: "2243/QĐ-UBND", warnings: ["repaired-symbol"])]),
        // An issuer read on through capitalised words stops where the next mention begins.
        Row("Nghị quyết số 10-NQ/TU ngày 2/10/2019 của Tỉnh ủy Thừa Thiên Huế Hướng dẫn số 06-HD/BTCTW-BTGTW", [
            Expected(text: "Nghị quyết số 10-NQ/TU", type: "Nghị quyết", number: "10", symbol: "10-NQ/TU",
                     date: "2019-10-02", issuer: "Tỉnh ủy Thừa Thiên Huế"),
            Expected(text: "Hướng dẫn số 06-HD/BTCTW-BTGTW", type: "Hướng dẫn", number: "06",
                     symbol: "06-HD/BTCTW-BTGTW")]),
        // A committee of the National Assembly is named whole; its code (with the term) names another body than the
        // Government's, so its report's date and issuer are not the submission's before it.
        Row("Xét đề nghị của Chính phủ tại Tờ trình số 386/TTr-CP và Báo cáo thẩm tra số 419/BC-UBPLTP15 ngày 15 tháng "
            + "6 năm 2025 của Ủy ban Pháp luật và Tư pháp,", [
            Expected(text: "Tờ trình số 386/TTr-CP", type: "Tờ trình", number: "386", symbol: "386/TTr-CP",
                     issuer: "Chính phủ"),
            Expected(text: "Báo cáo thẩm tra số 419/BC-UBPLTP15", type: "Báo cáo", number: "419",
                     symbol: "419/BC-UBPLTP15", date: "2025-06-15", issuer: "Ủy ban Pháp luật và Tư pháp")]),
        // An office's head (`Trưởng phòng`), and a name whose parts ` - ` joins, stated before `tại`.
        Row("Xét đề nghị của Trưởng phòng Tài chính - Kế hoạch tại Tờ trình số 156/TTr-TCKH ngày 05/8/2019,", [
            Expected(text: "Tờ trình số 156/TTr-TCKH", type: "Tờ trình", number: "156", symbol: "156/TTr-TCKH",
                     date: "2019-08-05", issuer: "Trưởng phòng Tài chính - Kế hoạch")]),
        Row("theo Công văn số 5/UBKHCNMT15 của Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội", [
            Expected(text: "Công văn số 5/UBKHCNMT15", type: "Công văn", number: "5", symbol: "5/UBKHCNMT15",
                     issuer: "Ủy ban Khoa học, Công nghệ và Môi trường")]),
        // Checks.
        Row("Công văn số 08-CV/BCĐ, ngày 11/12/2107 của Ban Chỉ đạo tỉnh", [
            Expected(text: "Công văn số 08-CV/BCĐ", type: "Công văn", number: "08", symbol: "08-CV/BCĐ",
                     date: "2107-12-11", issuer: "Ban Chỉ đạo tỉnh", warnings: ["invalid-date"])]),
        // 29 February only in a leap year.
        Row("Quyết định số 1/QĐ-UBND ngày 29/02/2023; Quyết định số 2/QĐ-UBND ngày 29/02/2024", [
            Expected(text: "Quyết định số 1/QĐ-UBND", type: "Quyết định", number: "1", symbol: "1/QĐ-UBND",
                     date: "2023-02-29", warnings: ["invalid-date"]),
            Expected(text: "Quyết định số 2/QĐ-UBND", type: "Quyết định", number: "2", symbol: "2/QĐ-UBND",
                     date: "2024-02-29")]),
        Row("Nghị định số 30/2020/NĐ-CP ngày 05/3/2019", [
            Expected(text: "Nghị định số 30/2020/NĐ-CP", type: "Nghị định", number: "30", symbol: "30/2020/NĐ-CP",
                     date: "2019-03-05", warnings: ["year-mismatch"])]),
        Row("Báo cáo số 123/BC-BTC ngày 5/6/2023 của Bộ Tài chính gửi Thủ tướng Chính phủ", [
            Expected(text: "Báo cáo số 123/BC-BTC", type: "Báo cáo", number: "123", symbol: "123/BC-BTC",
                     date: "2023-06-05", issuer: "Bộ Tài chính")]),
        // A high court is named with its seat; `cấp` is the verb before anything but a level.
        Row("Bản án số 12/2020/DS-PT ngày 5/6/2020 của Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh về tranh "
            + "chấp; Giấy phép số 7/GP-UBND của Ủy ban nhân dân cấp giấy phép", [
            Expected(text: "Bản án số 12/2020/DS-PT", type: "Bản án", number: "12", symbol: "12/2020/DS-PT",
                     date: "2020-06-05", issuer: "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh"),
            Expected(text: "Giấy phép số 7/GP-UBND", type: "Giấy phép", number: "7", symbol: "7/GP-UBND",
                     issuer: "Ủy ban nhân dân")]),
        Row("Căn cứ Sắc lệnh số 34/SL ngày 20/7/1946 và Lệnh số 21/2015/L-CTN", [
            Expected(text: "Sắc lệnh số 34/SL", type: "Sắc lệnh", number: "34", symbol: "34/SL", date: "1946-07-20"),
            Expected(text: "Lệnh số 21/2015/L-CTN", type: "Lệnh", number: "21", symbol: "21/2015/L-CTN")]),
        // The number that opens a table's row or a list's item is not a short form of the type word that ended the
        // line before; a short form broken over a line (text from PDFs) still is one.
        Row("1\t15/2024/QĐ-UBND\t12/3/2024\tBan hành quy chế\n2\tQuyết định 16/QĐ-UBND\nđiều chỉnh kế hoạch\n3. Theo "
            + "Nghị định\n168 của Chính phủ", [
            Expected(text: "15/2024/QĐ-UBND", type: "Quyết định", number: "15", symbol: "15/2024/QĐ-UBND",
                     date: "2024-03-12"),
            Expected(text: "Quyết định 16/QĐ-UBND", type: "Quyết định", number: "16", symbol: "16/QĐ-UBND"),
            Expected(text: "Nghị định\n168", type: "Nghị định", number: "168", symbol: nil, issuer: "Chính phủ")]),
        // `công bố Luật` is no `Bộ luật`: the law that the order promulgates is a `Luật`.
        Row("Chủ tịch nước đã ký Lệnh công bố Luật số 72/2025/QH15; Bộ luật số 91/2015/QH13.", [
            Expected(text: "Luật số 72/2025/QH15", type: "Luật", number: "72", symbol: "72/2025/QH15"),
            Expected(text: "Bộ luật số 91/2015/QH13", type: "Bộ luật", number: "91", symbol: "91/2015/QH13")]),
        // OCR's capital `I` for the `l` of a type word.
        Row("Kết Iuận số 16-KL/TW; Bộ Iuật số 91/2015/QH13; KẾT IUẬN 17-KL/TW", [
            Expected(text: "Kết Iuận số 16-KL/TW", type: "Kết luận", number: "16", symbol: "16-KL/TW"),
            Expected(text: "Bộ Iuật số 91/2015/QH13", type: "Bộ luật", number: "91", symbol: "91/2015/QH13"),
            Expected(text: "KẾT IUẬN 17-KL/TW", type: "Kết luận", number: "17", symbol: "17-KL/TW")]),
        // Laws of before 2000 cited in lower case, with the note `(sửa đổi)` before the date.
        Row("Căn cứ Luật tổ chức Hội đồng Bộ trưởng ngày 4 tháng 7 năm 1981;\nCăn cứ Luật tổ chức Hội đồng nhân dân "
            + "và Uỷ ban nhân dân (sửa đổi) ngày 21 tháng 6 năm 1994;", [
            Expected(text: "Luật tổ chức Hội đồng Bộ trưởng", type: "Luật", number: nil, symbol: nil,
                     date: "1981-07-04"),
            Expected(text: "Luật tổ chức Hội đồng nhân dân và Uỷ ban nhân dân", type: "Luật", number: nil,
                     symbol: nil, date: "1994-06-21")]),
        // A member that opens with its pinpoint shares the issuer written once after the last.
        Row("Bãi bỏ Điều 3 Thông tư số 187/2013/TT-BTC ngày 05/12/2013 và khoản 2 Điều 5 Thông tư số 10/2021/TT-BTC "
            + "ngày 26/01/2021 của Bộ trưởng Bộ Tài chính.", [
            Expected(text: "Thông tư số 187/2013/TT-BTC", type: "Thông tư", number: "187", symbol: "187/2013/TT-BTC",
                     date: "2013-12-05", issuer: "Bộ trưởng Bộ Tài chính"),
            Expected(text: "Thông tư số 10/2021/TT-BTC", type: "Thông tư", number: "10", symbol: "10/2021/TT-BTC",
                     date: "2021-01-26", issuer: "Bộ trưởng Bộ Tài chính")]),
        Row("Luật số 80/2015/QH15 ngày 22/6/2015", [
            Expected(text: "Luật số 80/2015/QH15", type: "Luật", number: "80", symbol: "80/2015/QH15",
                     date: "2015-06-22", warnings: ["term-mismatch"])]),
        Row("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương (khóa XII)", [
            Expected(text: "Nghị quyết số 25-NQ/TW", type: "Nghị quyết", number: "25", symbol: "25-NQ/TW",
                     date: "2013-06-03", issuer: "Ban Chấp hành Trung ương", warnings: ["term-mismatch"])]),
        // A company's bodies, whose names go on in lower case (`cổ đông`, `quản trị`, `thành viên`, `Công ty cổ phần`);
        // a body's name does not take the verb after it.
        Row("Nghị quyết số 01/2024/NQ-ĐHĐCĐ của Đại hội đồng cổ đông thường niên; Quyết định số 5/QĐ-HĐQT của Hội đồng "
            + "quản trị Công ty cổ phần ABC về việc; Nghị quyết số 3/NQ-HĐTV của Hội đồng thành viên Tập đoàn Điện lực "
            + "Việt Nam; Quyết định số 7/QĐ-HĐ của Hội đồng có hiệu lực.", [
            Expected(text: "Nghị quyết số 01/2024/NQ-ĐHĐCĐ", type: "Nghị quyết", number: "01",
                     symbol: "01/2024/NQ-ĐHĐCĐ", issuer: "Đại hội đồng cổ đông"),
            Expected(text: "Quyết định số 5/QĐ-HĐQT", type: "Quyết định", number: "5", symbol: "5/QĐ-HĐQT",
                     issuer: "Hội đồng quản trị Công ty cổ phần ABC"),
            Expected(text: "Nghị quyết số 3/NQ-HĐTV", type: "Nghị quyết", number: "3", symbol: "3/NQ-HĐTV",
                     issuer: "Hội đồng thành viên Tập đoàn Điện lực Việt Nam"),
            Expected(text: "Quyết định số 7/QĐ-HĐ", type: "Quyết định", number: "7", symbol: "7/QĐ-HĐ",
                     issuer: "Hội đồng")]),
        // Bodies whose official names hold lower-case words: the National Election Council, a university, a military
        // region with its number.
        Row("Nghị quyết số 1/NQ-HĐBCQG của Hội đồng bầu cử quốc gia; Quyết định số 2/QĐ-ĐHBK của Trường Đại học Bách "
            + "khoa Hà Nội; Chỉ thị số 3/CT-BTL của Bộ Tư lệnh Quân khu 7 về việc.", [
            Expected(text: "Nghị quyết số 1/NQ-HĐBCQG", type: "Nghị quyết", number: "1", symbol: "1/NQ-HĐBCQG",
                     issuer: "Hội đồng bầu cử quốc gia"),
            Expected(text: "Quyết định số 2/QĐ-ĐHBK", type: "Quyết định", number: "2", symbol: "2/QĐ-ĐHBK",
                     issuer: "Trường Đại học Bách khoa Hà Nội"),
            Expected(text: "Chỉ thị số 3/CT-BTL", type: "Chỉ thị", number: "3", symbol: "3/CT-BTL",
                     issuer: "Bộ Tư lệnh Quân khu 7")]),
        Row("Quyết định số 4/QĐ-TCHQ của Tổng cục trưởng Tổng cục Hải quan; Thông báo số 5/TB-CCT của Chi cục Thuế "
            + "khu vực; Kế hoạch số 6/KH-UBATGTQG của Ủy ban An toàn giao thông quốc gia về việc.", [
            Expected(text: "Quyết định số 4/QĐ-TCHQ", type: "Quyết định", number: "4", symbol: "4/QĐ-TCHQ",
                     issuer: "Tổng cục trưởng Tổng cục Hải quan"),
            Expected(text: "Thông báo số 5/TB-CCT", type: "Thông báo", number: "5", symbol: "5/TB-CCT",
                     issuer: "Chi cục Thuế khu vực"),
            Expected(text: "Kế hoạch số 6/KH-UBATGTQG", type: "Kế hoạch", number: "6", symbol: "6/KH-UBATGTQG",
                     issuer: "Ủy ban An toàn giao thông quốc gia")]),
        Row("Kế hoạch số 5/KH-PTTH của Đài Phát thanh và Truyền hình tỉnh về việc; Nghị quyết số 7/NQ-ĐH của Đại hội "
            + "Đảng bộ tỉnh.", [
            Expected(text: "Kế hoạch số 5/KH-PTTH", type: "Kế hoạch", number: "5", symbol: "5/KH-PTTH",
                     issuer: "Đài Phát thanh và Truyền hình tỉnh"),
            Expected(text: "Nghị quyết số 7/NQ-ĐH", type: "Nghị quyết", number: "7", symbol: "7/NQ-ĐH",
                     issuer: "Đại hội Đảng bộ tỉnh")]),
        // A ministry's parts joined by an en or em dash, as `-` joins them; the State Bank without `Việt Nam`; the
        // price authority.
        Row("Thông tư số 10/2020/TT-BLĐTBXH của Bộ Lao động – Thương binh và Xã hội về việc; Bộ Lao động — Thương binh "
            + "và Xã hội đã ban hành Thông tư số 11/2020/TT-BLĐTBXH. Quyết định số 6/QĐ-UBND của UBND tỉnh Bà Rịa – "
            + "Vũng Tàu về việc; Thông tư số 13/2022/TT-NHNN của Ngân hàng Nhà nước về việc; Công văn số 7/QLG-TH "
            + "của Cục trưởng Cục Quản lý giá về việc.", [
            Expected(text: "Thông tư số 10/2020/TT-BLĐTBXH", type: "Thông tư", number: "10",
                     symbol: "10/2020/TT-BLĐTBXH", issuer: "Bộ Lao động – Thương binh và Xã hội"),
            Expected(text: "Thông tư số 11/2020/TT-BLĐTBXH", type: "Thông tư", number: "11",
                     symbol: "11/2020/TT-BLĐTBXH", issuer: "Bộ Lao động — Thương binh và Xã hội"),
            Expected(text: "Quyết định số 6/QĐ-UBND", type: "Quyết định", number: "6", symbol: "6/QĐ-UBND",
                     issuer: "UBND tỉnh Bà Rịa – Vũng Tàu"),
            Expected(text: "Thông tư số 13/2022/TT-NHNN", type: "Thông tư", number: "13", symbol: "13/2022/TT-NHNN",
                     issuer: "Ngân hàng Nhà nước"),
            Expected(text: "Công văn số 7/QLG-TH", type: "Công văn", number: "7", symbol: "7/QLG-TH",
                     issuer: "Cục trưởng Cục Quản lý giá")]),
        // Units whose names write only the first syllable of each word in capitals.
        Row("Công văn số 7/BCH-TM của Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Quyết định số 8/QĐ-BVĐK của Bệnh viện Đa "
            + "khoa tỉnh; Thông báo số 9/TB-CN của Chi nhánh Văn phòng đăng ký đất đai huyện; Kế hoạch số 10/KH-TTKSBT "
            + "của Trung tâm Kiểm soát bệnh tật tỉnh; Quyết định số 11/QĐ-TTPVHCC của Trung tâm Phục vụ hành chính "
            + "công tỉnh về việc.", [
            Expected(text: "Công văn số 7/BCH-TM", type: "Công văn", number: "7", symbol: "7/BCH-TM",
                     issuer: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
            Expected(text: "Quyết định số 8/QĐ-BVĐK", type: "Quyết định", number: "8", symbol: "8/QĐ-BVĐK",
                     issuer: "Bệnh viện Đa khoa tỉnh"),
            Expected(text: "Thông báo số 9/TB-CN", type: "Thông báo", number: "9", symbol: "9/TB-CN",
                     issuer: "Chi nhánh Văn phòng đăng ký đất đai huyện"),
            Expected(text: "Kế hoạch số 10/KH-TTKSBT", type: "Kế hoạch", number: "10", symbol: "10/KH-TTKSBT",
                     issuer: "Trung tâm Kiểm soát bệnh tật tỉnh"),
            Expected(text: "Quyết định số 11/QĐ-TTPVHCC", type: "Quyết định", number: "11", symbol: "11/QĐ-TTPVHCC",
                     issuer: "Trung tâm Phục vụ hành chính công tỉnh")]),
        // A body told as issuing a plural list (`ban hành các …`) is its members' issuer.
        Row("Chính phủ ban hành các Nghị định số 01/2024/NĐ-CP, 02/2024/NĐ-CP. Bộ Chính trị ban hành những Nghị quyết "
            + "số 57-NQ/TW, 59-NQ/TW.", [
            Expected(text: "Nghị định số 01/2024/NĐ-CP", type: "Nghị định", number: "01", symbol: "01/2024/NĐ-CP",
                     issuer: "Chính phủ"),
            Expected(text: "02/2024/NĐ-CP", type: "Nghị định", number: "02", symbol: "02/2024/NĐ-CP",
                     issuer: "Chính phủ"),
            Expected(text: "Nghị quyết số 57-NQ/TW", type: "Nghị quyết", number: "57", symbol: "57-NQ/TW",
                     issuer: "Bộ Chính trị"),
            Expected(text: "59-NQ/TW", type: "Nghị quyết", number: "59", symbol: "59-NQ/TW",
                     issuer: "Bộ Chính trị")]),
        // A mention alone in parentheses takes the date and issuer written after them, and so does the mention it
        // restates.
        Row("Căn cứ Luật Tổ chức chính quyền địa phương (Luật số 77/2015/QH13) ngày 19/6/2015; Luật Đất đai (Luật số "
            + "31/2024/QH15) của Quốc hội;", [
            Expected(text: "Luật Tổ chức chính quyền địa phương", type: "Luật", number: nil, symbol: nil,
                     date: "2015-06-19"),
            Expected(text: "Luật số 77/2015/QH13", type: "Luật", number: "77", symbol: "77/2015/QH13",
                     date: "2015-06-19"),
            Expected(text: "Luật Đất đai", type: "Luật", number: nil, symbol: nil, issuer: "Quốc hội"),
            Expected(text: "Luật số 31/2024/QH15", type: "Luật", number: "31", symbol: "31/2024/QH15",
                     issuer: "Quốc hội")]),
        // The joint circular of old ministries (`Thông tư liên bộ`, `TTLB`) is a type of its own; its issuers are
        // listed with commas.
        Row("Căn cứ Thông tư liên bộ số 12/TTLB ngày 5/7/1991 của Bộ Tài chính - Bộ Lao động; Thông tư liên Bộ số "
            + "09/TTLB-TC-LĐ ngày 2/3/1994 của Bộ Tài chính, Bộ Lao động;", [
            Expected(text: "Thông tư liên bộ số 12/TTLB", type: "Thông tư liên bộ", number: "12", symbol: "12/TTLB",
                     date: "1991-07-05", issuer: "Bộ Tài chính - Bộ Lao động"),
            Expected(text: "Thông tư liên Bộ số 09/TTLB-TC-LĐ", type: "Thông tư liên bộ", number: "09",
                     symbol: "09/TTLB-TC-LĐ", date: "1994-03-02", issuer: "Bộ Tài chính, Bộ Lao động")]),
        // The Assembly's Roman term is its own (khóa X sat in 1997–2002), not the Party Congress's (2006–2011).
        Row("Nghị quyết số 51/2001/QH10 ngày 25/12/2001 của Quốc hội khóa X; Nghị quyết số 5/2001/QH10 ngày 25/12/2009 "
            + "của Quốc hội khóa X; Nghị quyết số 8-NQ/TW ngày 2/3/1999 của Bộ Chính trị khóa X.", [
            Expected(text: "Nghị quyết số 51/2001/QH10", type: "Nghị quyết", number: "51", symbol: "51/2001/QH10",
                     date: "2001-12-25", issuer: "Quốc hội", term: "X"),
            Expected(text: "Nghị quyết số 5/2001/QH10", type: "Nghị quyết", number: "5", symbol: "5/2001/QH10",
                     date: "2009-12-25", issuer: "Quốc hội", warnings: ["year-mismatch", "term-mismatch"]),
            Expected(text: "Nghị quyết số 8-NQ/TW", type: "Nghị quyết", number: "8", symbol: "8-NQ/TW",
                     date: "1999-03-02", issuer: "Bộ Chính trị", warnings: ["term-mismatch"])]),
    ]

    @Test("reads each form, with its span in the original bytes", arguments: rows)
    func reads(_ row: Row) {
        let source = SourceText(row.input)
        let citations = CitationExtractor().extract(from: source).citations
        #expect(citations.count == row.expected.count, "got \(citations.map(\.text))")
        for (citation, expected) in zip(citations, row.expected) {
            #expect(citation.text == expected.text)
            #expect(source.text(in: citation.span) == expected.text)
            #expect(citation.type == expected.type)
            #expect(citation.number == expected.number)
            #expect(citation.symbol == expected.symbol)
            #expect(citation.date?.description == expected.date)
            #expect(citation.issuer == expected.issuer)
            #expect(citation.warnings == expected.warnings)
            #expect(citation.year == expected.year, "\(expected.text)")
            if let term = expected.term { #expect(citation.term == term, "\(expected.text)") }
        }
    }

    @Test("not citations", arguments: [
        "ngày 01/2021 và 14/7/2015", "tỷ lệ 3/4 số hộ, 1/2 diện tích", "điện thoại 0234.3822.111 hoặc 0912-345-678",
        "số 12/3 đường Lê Lợi, TP.HCM", "V/v triển khai", "Trang 1/5", "năm 2018, giai đoạn 2021-2025",
        "đạt 95,5% kế hoạch năm 2023", "Kế hoạch 2021 của ngành", "COVID-19 và H5N1", "288Công trình và tại903 hộ",
        "các nghị quyết của Trung ương", "quyết định đúng đắn", "kế hoạch kinh doanh năm 2024",
        "FIFA 2022, XBLDS 2015, BLDS 20156, BLDS 2015/16",
        "kế hoạch 5 năm 2021-2025, Quyết định 2 lần, Báo cáo 3 kỳ, Chương trình 10 nhiệm vụ",
        "Hướng dẫn 100 học sinh tham quan; Kết luận 3 vấn đề lớn; Hướng dẫn 20 cán bộ, 50 sinh viên",
        "tuyến 52/QL1A, phòng 302/B", "Dự luật Đất đai (sửa đổi) đang được lấy ý kiến",
        "theo Mẫu 02/KH-UBND, Biểu 01/BC-UBND và Phụ lục: 03/PL-UBND",
        "Luật sư của Công ty Luật TNHH Minh Khuê và Hãng luật Tam Đa",
        // A lawyer titled in capitals, a commune, a person so named.
        "Luật Sư Trần Thị B tư vấn miễn phí", "trú tại xã Luật Lễ, huyện Quảng Xương", "ông Luật Văn Hòa cho biết",
        "luôn luôn tra cứu thuật ngữ, Thạc sĩ Luật học, luận văn, lũ lụt, Luat, LUAT, lúa",
        "Nghị quyết Trung ương năm 2020 chưa rõ", "tháng 4, quận 4, Trung ương 4, TW 5, TQ TW4, VNQ TW4",
        // Addresses, blocks and rooms, ratios, plates.
        "Căn hộ số 1205/B2 chung cư", "phòng 302/A1 nhà B", "Địa chỉ: số 12/3 đường Lê Lợi, phường 5, quận 3",
        "Nhà số 45/12A hẻm 7", "3/4 số xã đạt chuẩn năm 2025", "Biển số xe 51F-123.45", "Tập 2/2024 của Tạp chí",
        // A standard's year after its number and `:`.
        "Sản phẩm đạt QCVN 01:2021/BYT và TCVN 5945:2005",
        // A draft's blank number: the year is not the number.
        "Số:        /QĐ-UBND", "Nghị định số ..../2025/NĐ-CP", "Quyết định số     /2025/QĐ-UBND",
        "Thông tư số …/2025/TT-BTC", "Nghị quyết số ___/2025/NQ-HĐND",
    ])
    func notCitations(_ text: String) {
        #expect(CitationExtractor().citations(in: text).isEmpty)
    }

    @Test("terms: read after a mention, shared along a list, but a name's own term stays with the name")
    func terms() {
        let text = "Nghị quyết số 27-NQ/TW ngày 06/8/2008 của Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khoá "
            + "X; Kết luận số 52-KL/TW ngày 30/5/2019 của Ban Bí thư và Nghị quyết Đại hội XIII của Đảng; "
            + "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI); "
            + "Kết luận 43-KL/TW, ngày 07/01/2019 của Ban Bí thư và Chỉ thị 49-CT/TW ngày 20/10/2015 của Ban Bí thư "
            + "(khoá XI)"
        #expect(CitationExtractor().citations(in: text).map(\.term) == ["X", nil, "XIII", "XI", "XI", nil, "XI"])
    }

    @Test("a ministry's old symbol in the Party's order is the state's; a Party body after the slash keeps it Party")
    func oldStateSymbols() {
        let citations = CitationExtractor().citations(in: "Thông tư số 12-TC/TCT ngày 15-3-1988 của Bộ Tài chính; "
            + "Nghị quyết số 306-NQ/TW ngày 8-4-1986; Thông tri số 05-TT/TW ngày 1-2-1990; Thông tư số 03-TT/TU.")
        #expect(citations.map(\.symbol) == ["12-TC/TCT", "306-NQ/TW", "05-TT/TW", "03-TT/TU"])
        #expect(citations.map(\.family) == ["state", "party", "party", "party"])
        #expect(citations.map(\.issuerCode) == ["TC", "TW", "TW", "TU"])
    }

    @Test("a mention dated after the document's own header date is flagged, its date kept as written")
    func dateAfterCitingDocument() {
        let citations = CitationExtractor().citations(in: """
            Số: 12/QĐ-UBND
            Hà Nội, ngày 05 tháng 3 năm 2024
            Căn cứ Quyết định số 7/QĐ-UBND ngày 04/3/2024; Quyết định số 8/QĐ-UBND ngày 05/3/2024; Quyết định số \
            9/QĐ-UBND ngày 06/3/2024; Kế hoạch số 10/KH-UBND ngày 1/1/2025.
            """)
        #expect(citations.map(\.text) == ["12/QĐ-UBND", "Quyết định số 7/QĐ-UBND", "Quyết định số 8/QĐ-UBND",
                                          "Quyết định số 9/QĐ-UBND", "Kế hoạch số 10/KH-UBND"])
        let later = ["date-after-citing-document"]
        #expect(citations.map(\.warnings) == [[], [], [], later, later])
        #expect(citations[3].date == CitationDate(year: 2024, month: 3, day: 6))
        // Without a header there is no date of the document's own to compare with.
        #expect(CitationExtractor().citations(in: "Kế hoạch số 10/KH-UBND ngày 1/1/2035.")[0].warnings.isEmpty)
    }

    @Test("self: the header of the document, not a sidebar list")
    func selfMention() {
        let header = "BỘ TÀI CHÍNH\nSố: 47/2024/TT-BTC\nHà Nội, ngày 26 tháng 6 năm 2024\nTHÔNG TƯ\n"
            + "Căn cứ Nghị định số 14/2023/NĐ-CP ngày 20/4/2023 của Chính phủ;"
        let citations = CitationExtractor().citations(in: header)
        #expect(citations.map(\.isSelf) == [true, false])
        // The header's place line dates the document.
        #expect(citations.map(\.date) == [CitationDate(year: 2024, month: 6, day: 26),
                                          CitationDate(year: 2023, month: 4, day: 20)])
        let annex = "Số: 15/QĐ-BNV\nQUYẾT ĐỊNH\nBan hành quy chế\n...\nQUY CHẾ\n(Ban hành kèm theo Quyết định số "
            + "15/QĐ-BNV ngày 05/3/2020)\ntheo Quyết định số 16/QĐ-BNV"
        #expect(CitationExtractor().citations(in: annex).map(\.isSelf) == [true, true, false])
        // Without a header, an annex's caption names the document it belongs to; a mention after `kèm theo` in a
        // sentence does not.
        let captions = ["QUY CHẾ\n(Ban hành kèm theo Quyết định số 12/2024/QĐ-UBND ngày 5/3/2024 của UBND tỉnh)\n"
                        + "theo mẫu ban hành kèm theo Thông tư số 01/2021/TT-BTC",
                        "DANH MỤC\n(Kèm theo Quyết định số 156/QĐ-UBND ngày 20/01/2025)\nQuyết định số 16/QĐ-UBND",
                        "Các mẫu ban hành kèm theo Thông tư số 01/2021/TT-BTC.\nKèm theo Công văn số 2/UBND-VP"]
        #expect(captions.map { CitationExtractor().citations(in: $0).map(\.isSelf) }
                == [[true, false], [true, false], [false, true]])
        // Party headers write no colon: `Số 45-NQ/TW` is the mention, and it is the document's own.
        let party = "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45-NQ/TW\nHà Nội, ngày 24 tháng 11 năm 2023\nNGHỊ QUYẾT\n"
            + "thực hiện Nghị quyết số 27-NQ/TW"
        let partyCitations = CitationExtractor().citations(in: party)
        #expect(partyCitations.map(\.text) == ["Số 45-NQ/TW", "Nghị quyết số 27-NQ/TW"])
        #expect(partyCitations.map(\.isSelf) == [true, false])
        #expect(partyCitations.map(\.date) == [CitationDate(year: 2023, month: 11, day: 24), nil])
        // A công văn's subject line may stand between its number and its place line; in a two-column header the
        // place line follows on the same row. A date on a line that opens with no place name is not the header's.
        let letter = "Số: 123/UBND-NC\nV/v triển khai Công văn số 45/SNV-CCHC\nĐông Anh, ngày 5 tháng 3 năm 2025\n"
        #expect(CitationExtractor().citations(in: letter).map(\.date)
                == [CitationDate(year: 2025, month: 3, day: 5), nil])
        // Text taken from a PDF may put the label on a line of its own.
        let parted = "UBND TỈNH AN GIANG\nSố:\n123/QĐ-UBND\nAn Giang, ngày 5 tháng 3 năm 2024\nQUYẾT ĐỊNH\n"
            + "Căn cứ Nghị định số 15/2020/NĐ-CP;"
        #expect(CitationExtractor().citations(in: parted).map(\.isSelf) == [true, false])
        #expect(CitationExtractor().citations(in: parted).first?.date == CitationDate(year: 2024, month: 3, day: 5))
        // Or lose the header's line breaks: `Số:` after the motto in capitals is the header still; not elsewhere.
        let flattened = "ỦY BAN NHÂN DÂN TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            + "Số: 123/QĐ-UBND An Giang, ngày 5 tháng 3 năm 2024 QUYẾT ĐỊNH Căn cứ Nghị định số 15/2020/NĐ-CP;"
        #expect(CitationExtractor().citations(in: flattened).map(\.isSelf) == [true, false])
        #expect(CitationExtractor().citations(in: flattened).first?.date == CitationDate(year: 2024, month: 3, day: 5))
        #expect(CitationExtractor().citations(in: "Tin tức mới nhất hôm nay: Số: 123/QĐ-UBND được ban hành.")
                    .map(\.isSelf) == [false])
        let row = "Số: 12/KH-UBND\t\tQuảng Ninh, ngày 3 tháng 1 năm 2025\nKẾ HOẠCH"
        #expect(CitationExtractor().citations(in: row).first?.date == CitationDate(year: 2025, month: 1, day: 3))
        // Text taken from a PDF by columns may give the right column, place line included, before the left one.
        let columns = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Nam, ngày 15 tháng 5 năm "
            + "2024\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 1234/QĐ-UBND\n\nQUYẾT ĐỊNH"
        #expect(CitationExtractor().citations(in: columns).first?.date == CitationDate(year: 2024, month: 5, day: 15))
        let starred = "TỈNH ỦY BẮC NINH ĐẢNG CỘNG SẢN VIỆT NAM\n* Bắc Ninh, ngày 10 tháng 3 năm 2025\nSố 245-QĐ/TU\n"
        #expect(CitationExtractor().citations(in: starred).first?.date == CitationDate(year: 2025, month: 3, day: 10))
        // The Party's `QĐ` codes a decision and a rule: the title line tells which the document is.
        let rule = "TỈNH ỦY\n*\nSố 88-QĐ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh Hóa, ngày 02 tháng 01 năm 2026\n\nQUY ĐỊNH\n"
            + "về chức năng\n- Căn cứ Quy định số 24-QĐ/TW;"
        #expect(CitationExtractor().citations(in: rule).map(\.type) == ["Quy định", "Quy định"])
        let decision = rule.replacing("QUY ĐỊNH\n", with: "QUYẾT ĐỊNH\n")
        #expect(CitationExtractor().citations(in: decision).map(\.type) == ["Quyết định", "Quy định"])
        // A header laid out as a table: a cell opens as a line does; a cell that names another document is no header.
        let table = "| ỦY BAN NHÂN DÂN XÃ TÂN PHÚ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 45/TB-UBND | Tân Phú, "
            + "ngày 03 tháng 11 năm 2025 |\n| 1 | Công điện số 112/CĐ-TTg | 28/10/2025 |"
        let tableCitations = CitationExtractor().citations(in: table)
        #expect(tableCitations.map(\.isSelf) == [true, false])
        #expect(tableCitations.first?.date == CitationDate(year: 2025, month: 11, day: 3))
        let noPlace = "Số: 15/QĐ-BNV\nQUYẾT ĐỊNH\nCăn cứ Nghị định số 14/2023/NĐ-CP, ngày 20/4/2023 của Chính phủ;"
        #expect(CitationExtractor().citations(in: noPlace).map(\.date)
                == [nil, CitationDate(year: 2023, month: 4, day: 20)])
        // A law's enacting formula names the law itself; the law it replaces is another document.
        let law = "QUỐC HỘI\nLuật số: 31/2024/QH15\nHà Nội, ngày 18 tháng 01 năm 2024\nLUẬT\nĐẤT ĐAI\nCăn cứ Hiến pháp "
            + "nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Đất đai.\nĐiều 1.\n"
            + "Luật Đất đai số 45/2013/QH13 hết hiệu lực. Chính phủ ban hành Luật Đất đai."
        #expect(CitationExtractor().citations(in: law).map(\.isSelf) == [true, false, true, false, false])
        let sidebar = "Văn bản mới\nSố: 47/2024/TT-BTC\nThông tư về phí\nSố: 72/2024/NĐ-CP\nNghị định"
        #expect(CitationExtractor().citations(in: sidebar).map(\.isSelf) == [false, false])
        // One entry of a sidebar written `Số: …` among others written otherwise, one to a line, is no header.
        let links = "<ul><li><a href=\"/1\">Số: 12/2025/TT-BNV</a></li><li><a href=\"/2\">Nghị định 170/2025/NĐ-CP</a>"
            + "</li></ul><p>Ngày 20/11/2025, Bộ ban hành Thông tư.</p>"
        #expect(CitationExtractor().citations(in: links).map(\.isSelf) == [false, false])
        let listedLast = "Văn bản mới\nNghị định 170/2025/NĐ-CP\nSố: 12/2025/TT-BNV\n\nTin tức"
        #expect(CitationExtractor().citations(in: listedLast).map(\.isSelf) == [false, false])
        let subjectFirst = "PHÒNG GIÁO DỤC\nV/v triển khai Thông tư số 27/2020/TT-BGDĐT\nSố: 412/PGDĐT-TH\nTiên Du"
        #expect(CitationExtractor().citations(in: subjectFirst).map(\.isSelf) == [false, true])
        // A page: its title and record lines name the document before its header; a sidebar of others follows.
        let page = "Quyết định 1234/QĐ-UBND năm 2024 phê duyệt kế hoạch\nSố hiệu: 1234/QĐ-UBND\tLoại văn bản: Quyết "
            + "định\nỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSố: 1234/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Quyết định số 263/QĐ-TTg;\n"
            + "Văn bản mới:\nSố: 56/2024/TT-BTC\nSố: 78/2024/NĐ-CP"
        #expect(CitationExtractor().citations(in: page).map(\.isSelf) == [true, true, true, false, false, false])
        // An old state header (`Số: 217-HĐBT`) is a mention after its label; its title line gives its type.
        let old = "HỘI ĐỒNG BỘ TRƯỞNG\nSố: 217-HĐBT\nHà Nội, ngày 14 tháng 11 năm 1987\n\nQUYẾT ĐỊNH CỦA HỘI ĐỒNG BỘ "
            + "TRƯỞNG\nVề các chính sách\nbãi bỏ Nghị định số 50-CP ngày 22-3-1980."
        let oldCitations = CitationExtractor().citations(in: old)
        #expect(oldCitations.map(\.text) == ["217-HĐBT", "Nghị định số 50-CP"])
        #expect(oldCitations.map(\.type) == ["Quyết định", "Nghị định"])
        #expect(oldCitations.map(\.isSelf) == [true, false])
        #expect(oldCitations.first?.date == CitationDate(year: 1987, month: 11, day: 14))
        // A page without a header whose title line in capitals names the document (a judgment) is that document;
        // a title that names another document after words of its own, or a line not in capitals, is not.
        let judgment = "TÒA ÁN NHÂN DÂN TỈNH ĐỒNG NAI\nBẢN ÁN 125/2024/DS-PT NGÀY 12/9/2024 VỀ TRANH CHẤP ĐẤT ĐAI\n"
            + "Căn cứ Nghị quyết số 326/2016/UBTVQH14;"
        #expect(CitationExtractor().citations(in: judgment).map(\.isSelf) == [true, false])
        for other in ["KẾ HOẠCH TRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024\nCăn cứ Luật số 31/2024/QH15;",
                      "Nghị định 168/2024/NĐ-CP: mức phạt mới\nTheo Nghị định 168/2024/NĐ-CP, …"] {
            #expect(CitationExtractor().citations(in: other).allSatisfy { !$0.isSelf }, "\(other)")
        }
    }

    @Test("the issuer code: the code after a type code, else the first (a công văn names its issuer first)")
    func issuerCodes() {
        let text = "Nghị định số 30/2020/NĐ-CP, Công văn số 12/UBND-VX, Công văn số 2135/TCT-KK, Quyết định số "
            + "15/QĐ-TANDTC-KHTC, Luật số 80/2015/QH13 và Chỉ thị số 05-CT/TW"
        #expect(CitationExtractor().citations(in: text).map(\.issuerCode)
                == ["CP", "UBND", "TCT", "TANDTC", "QH13", "TW"])
    }

    @Test("the word keys written out as integers are the keys of their words")
    func wordKeys() {
        #expect(WordKeys.disagreements() == [])
    }

    @Test("a date is written YYYY-MM-DD, padded, and whole when a field does not fit its width")
    func dateText() {
        #expect(CitationDate(year: 2015, month: 7, day: 14).description == "2015-07-14")
        #expect(CitationDate(year: 992, month: 1, day: 2).description == "0992-01-02")
        #expect(CitationDate(year: 0, month: 0, day: 0).description == "0000-00-00")
        #expect(CitationDate(year: 12_345, month: 12, day: 31).description == "12345-12-31")
        #expect(CitationDate(year: 2020, month: 123, day: 5).description == "2020-123-05")
        #expect(CitationDate(year: -5, month: 1, day: 1).description == "00-5-01-01")
        #expect(CitationExtractor().citations(in: "Chỉ thị số 16/CT-TTg ngày 31/3/2020").first?.date?.description
                == "2020-03-31")
    }

    @Test("citations are values: equal across documents when all they say is, and whole after their document is gone")
    func citationValues() {
        let line = "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của  Chính\nphủ;"
        var kept: [Citation] = []
        do {
            let first = CitationExtractor().citations(in: line)
            let second = CitationExtractor().citations(in: line + " Luật Đất đai năm 2013")
            #expect(first.count == 1 && second.count == 2)
            #expect(first[0] == second[0])
            #expect(Set(first + second).count == 2)
            #expect(first[0] != second[1])
            kept = second
        }
        #expect(kept.map(\.text) == ["Nghị định số 15/2020/NĐ-CP", "Luật Đất đai năm 2013"])
        #expect(kept.map(\.issuer) == ["Chính phủ", nil])
        #expect(kept.map(\.relationTrigger) == ["Căn cứ", "Căn cứ"])
        #expect(kept.map(\.name) == [nil, "Luật Đất đai"])
    }

    @Test("any bytes: invalid UTF-8, NUL, empty; spans still point into the original bytes")
    func anyBytes() {
        var bytes: [UInt8] = [0xFF, 0x00]
        bytes += Array("Chỉ thị số 16/CT".utf8) + [0xE2, 0x80, 0x93] + Array("TTg ".utf8) + [0xC3, 0x28]
        let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
        #expect(citations.count == 1)
        #expect(citations.first?.symbol == "16/CT-TTg")
        #expect(citations.first?.span == 2..<(bytes.count - 3))
        #expect(CitationExtractor().extract(from: SourceText(bytes: [])).citations.isEmpty)
    }
}

/// Prose with the trigger words in other senses (`luật pháp`, `quyết định đúng đắn`, `kế hoạch kinh doanh`):
/// nothing is a mention (`citation-records.md` rule 6).
@Suite("Prose")
struct ProseTests {
    @Test("no mention in prose that uses the type words in other senses")
    func noFalsePositives() {
        let bytes = Corpus.bytes("stress/prose-trigger-words.txt")
        let citations = CitationExtractor().extract(from: SourceText(bytes: bytes)).citations
        #expect(citations.isEmpty, "\(citations.map(\.text))")
    }

    @Test("adversarial name inputs finish and read the same thing at every size",
          arguments: ["luật ", "Luật ", "số số ", "Nghị quyết Trung ương ", "Nghị quyết Đại hội ",
                      "Luật sửa đổi, bổ sung một số điều của ", "Điều 1, khoản ", "Quyết định 1/QĐ-A&B&",
                      "NĐ1/2024/NĐ-CP ",
                      "BLDS 2015 ", "Bộ luật\n", "Căn cứ Luật Tổ chức chính quyền địa\n", "Luật HN&GĐ&",
                      "1/tháng ", "1/Abcdefghijklmnopqrstuvw ", "Nghị định số 27\n/", "Nghị quyết Đại hội X, XI, ",
                      "Công văn số 1/UBND của Sở, ngày 2/4/2025, ", "(Kèm theo "])
    func adversarial(_ unit: String) {
        // Mentions per repetition must not depend on the size: each unit is read in bounded steps.
        let small = CitationExtractor().citations(in: String(repeating: unit, count: 2_000)).count
        let large = CitationExtractor().citations(in: String(repeating: unit, count: 20_000)).count
        #expect(large >= small * 9 && large <= small * 11 + 1, "\(unit): \(small) → \(large)")
    }
}
