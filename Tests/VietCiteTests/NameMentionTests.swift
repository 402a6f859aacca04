import Testing
import VietCite

/// Name-only mentions (`citation-records.md` rule 5): laws, codes, ordinances, the constitution, Party
/// resolutions by plenum or congress, the Party charter and platform.
@Suite("Name-only mentions")
struct NameMentionTests {
    struct NameRow: Sendable, CustomTestStringConvertible {
        let input: String
        let text: String
        let type: String
        let name: String
        var year: Int? = nil
        var symbol: String? = nil
        var issuer: String? = nil
        var term: String? = nil
        var date: String? = nil
        var testDescription: String { text }
    }

    static let rows: [NameRow] = [
        NameRow(input: "Căn cứ Luật Đất đai năm 2013;", text: "Luật Đất đai năm 2013", type: "Luật",
                name: "Luật Đất đai", year: 2013),
        NameRow(input: "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", text: "Luật Tổ chức Chính phủ",
                type: "Luật", name: "Luật Tổ chức Chính phủ", date: "2015-06-19"),
        NameRow(input: "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;",
                text: "Luật Tổ chức chính quyền địa phương", type: "Luật", name: "Luật Tổ chức chính quyền địa phương",
                date: "2025-06-16"),
        // `công bố` folds as `Bộ` does; only `bộ`, `Bộ` and `BỘ` open a code.
        NameRow(input: "Nay công bố Luật Đầu tư công đã được", text: "Luật Đầu tư công", type: "Luật",
                name: "Luật Đầu tư công"),
        NameRow(input: "theo BỘ LUẬT HÌNH SỰ hiện hành", text: "BỘ LUẬT HÌNH SỰ", type: "Bộ luật",
                name: "BỘ LUẬT HÌNH SỰ"),
        // A longer name than the built-in list's, read on to the number, year or date it attaches; not past a stop
        // word.
        NameRow(input: "Căn cứ Luật Doanh nghiệp nhà nước số 39/2003/QH11;",
                text: "Luật Doanh nghiệp nhà nước số 39/2003/QH11", type: "Luật", name: "Luật Doanh nghiệp nhà nước",
                symbol: "39/2003/QH11", term: "QH11"),
        NameRow(input: "Căn cứ Luật Doanh nghiệp nhà nước ngày 26/11/2003;", text: "Luật Doanh nghiệp nhà nước",
                type: "Luật", name: "Luật Doanh nghiệp nhà nước", date: "2003-11-26"),
        NameRow(input: "Theo Luật Doanh nghiệp thì công ty phải đăng ký năm 2025.", text: "Luật Doanh nghiệp",
                type: "Luật", name: "Luật Doanh nghiệp"),
        // A line break inside a known name, or after a type word that does not open its line (text from PDF and OCR).
        NameRow(input: "Căn cứ Luật Tổ chức chính quyền địa\nphương ngày 19 tháng 6 năm 2015;",
                text: "Luật Tổ chức chính quyền địa\nphương", type: "Luật",
                name: "Luật Tổ chức chính quyền địa phương", date: "2015-06-19"),
        NameRow(input: "Căn cứ Bộ luật\nLao động 2019;", text: "Bộ luật\nLao động 2019", type: "Bộ luật",
                name: "Bộ luật Lao động", year: 2019),
        // Abbreviations in a name: capitals joined by `&` are one word; a code abbreviated with its year (Q&A pages).
        NameRow(input: "Theo Luật HN&GĐ 2014, vợ chồng", text: "Luật HN&GĐ 2014", type: "Luật", name: "Luật HN&GĐ",
                year: 2014),
        NameRow(input: "theo khoản 2 Điều 35 BLLĐ 2019 thì", text: "BLLĐ 2019", type: "Bộ luật", name: "BLLĐ",
                year: 2019),
        NameRow(input: "Điều 174 BLHS 2015 của Quốc hội", text: "BLHS 2015", type: "Bộ luật", name: "BLHS", year: 2015,
                issuer: "Quốc hội"),
        // A revision stated between the name and its year is part of the span; without a year it is not.
        NameRow(input: "Xem Luật Nhà ở (sửa đổi) năm 2023.", text: "Luật Nhà ở (sửa đổi) năm 2023", type: "Luật",
                name: "Luật Nhà ở", year: 2023),
        NameRow(input: "dự thảo Luật Đất đai (sửa đổi, bổ sung) 2013 và", text: "Luật Đất đai (sửa đổi, bổ sung) 2013",
                type: "Luật", name: "Luật Đất đai", year: 2013),
        NameRow(input: "dự án Luật Đầu tư (sửa đổi) đã", text: "Luật Đầu tư", type: "Luật", name: "Luật Đầu tư"),
        // The revision without parentheses, only before a year: after it, `sửa đổi` is the law's act.
        NameRow(input: "Theo Luật Đất đai sửa đổi 2024, người dân", text: "Luật Đất đai sửa đổi 2024", type: "Luật",
                name: "Luật Đất đai", year: 2024),
        NameRow(input: "Luật Đất đai sửa đổi quy định về giá đất", text: "Luật Đất đai", type: "Luật",
                name: "Luật Đất đai"),
        // Two laws and the revision of both, as Q&A pages name the law that amends them: one mention.
        NameRow(input: "theo Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019 thì",
                text: "Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019", type: "Luật",
                name: "Luật Cán bộ, công chức và Luật Viên chức", year: 2019),
        NameRow(input: "theo Luật Đất đai và Luật Nhà ở năm 2023 thì", text: "Luật Đất đai", type: "Luật",
                name: "Luật Đất đai"),
        NameRow(input: "theo Bộ luật Dân sự 2015 và các văn bản", text: "Bộ luật Dân sự 2015", type: "Bộ luật",
                name: "Bộ luật Dân sự", year: 2015),
        NameRow(input: "Căn cứ Luật Đầu tư công số 49/2014/QH13;", text: "Luật Đầu tư công số 49/2014/QH13",
                type: "Luật", name: "Luật Đầu tư công", symbol: "49/2014/QH13", term: "QH13"),
        NameRow(input: "Căn cứ Luật Dự\ntrữ quốc gia ngày 20/11/2012;",
                text: "Luật Dự\ntrữ quốc gia", type: "Luật", name: "Luật Dự trữ quốc gia", date: "2012-11-20"),
        NameRow(input: "Căn cứ Bộ luật Lao động 2019 số 45/2019/QH14 và", text: "Bộ luật Lao động 2019 số 45/2019/QH14",
                type: "Bộ luật", name: "Bộ luật Lao động", year: 2019, symbol: "45/2019/QH14", term: "QH14"),
        NameRow(input: "Căn cứ Hiến pháp năm 2013;", text: "Hiến pháp năm 2013", type: "Hiến pháp",
                name: "Hiến pháp", year: 2013),
        NameRow(input: "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
                text: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", type: "Hiến pháp",
                name: "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
        NameRow(input: "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng;",
                text: "Pháp lệnh Ưu đãi người có công với cách mạng", type: "Pháp lệnh",
                name: "Pháp lệnh Ưu đãi người có công với cách mạng"),
        NameRow(input: "Căn cứ Pháp lệnh Thuế thu nhập đối với người có thu nhập cao ngày 27 tháng 12 năm 1990;",
                text: "Pháp lệnh Thuế thu nhập đối với người có thu nhập cao", type: "Pháp lệnh",
                name: "Pháp lệnh Thuế thu nhập đối với người có thu nhập cao", date: "1990-12-27"),
        NameRow(input: "thực hiện theo luật đầu tư và các quy định", text: "luật đầu tư", type: "Luật",
                name: "luật đầu tư"),
        NameRow(input: "Căn cứ Luật Đầu tư theo phương thức đối tác công tư ngày 18/6/2020;",
                text: "Luật Đầu tư theo phương thức đối tác công tư", type: "Luật",
                name: "Luật Đầu tư theo phương thức đối tác công tư", date: "2020-06-18"),
        // `Sở` folds to `so` as `số` does (`Luật số 94/2025/QH15` is no name); its horn sets it apart.
        NameRow(input: "Căn cứ Luật Sở hữu trí tuệ ngày 29/11/2005;", text: "Luật Sở hữu trí tuệ", type: "Luật",
                name: "Luật Sở hữu trí tuệ", date: "2005-11-29"),
        // A known name whose first word has a comma after it, with a stop word (`của`) inside.
        NameRow(input: "Xem thêm: Luật Phòng, chống tác hại của rượu, bia 2019; Thông tư 65/2020/TT-BCA.",
                text: "Luật Phòng, chống tác hại của rượu, bia 2019", type: "Luật",
                name: "Luật Phòng, chống tác hại của rượu, bia", year: 2019),
        NameRow(input: "Căn cứ Luật Thuế xuất khẩu, thuế nhập khẩu ngày 06/4/2016;",
                text: "Luật Thuế xuất khẩu, thuế nhập khẩu", type: "Luật", name: "Luật Thuế xuất khẩu, thuế nhập khẩu",
                date: "2016-04-06"),
        NameRow(input: "theo Luật Hỗ trợ doanh nghiệp nhỏ và vừa năm 2017.",
                text: "Luật Hỗ trợ doanh nghiệp nhỏ và vừa năm 2017", type: "Luật",
                name: "Luật Hỗ trợ doanh nghiệp nhỏ và vừa", year: 2017),
        NameRow(input: "Căn cứ Luật Cán bộ, công chức và Luật Viên chức;", text: "Luật Cán bộ, công chức",
                type: "Luật", name: "Luật Cán bộ, công chức"),
        NameRow(input: "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17/6/2020;",
                text: "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng", type: "Luật",
                name: "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng", date: "2020-06-17"),
        // A year after the abbreviation the text gives in parentheses is the name's, outside its span.
        NameRow(input: "Căn cứ Bộ luật Dân sự (BLDS) năm 2015, hợp đồng vô hiệu.", text: "Bộ luật Dân sự",
                type: "Bộ luật", name: "Bộ luật Dân sự", year: 2015),
        NameRow(input: "theo Bộ luật Hình sự (BLHS) 2015 và Luật Đất đai (LĐĐ) đã quy định.", text: "Bộ luật Hình sự",
                type: "Bộ luật", name: "Bộ luật Hình sự", year: 2015),
        // So is a date, after an abbreviation with a slash.
        NameRow(input: "Căn cứ Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người "
                    + "(HIV/AIDS) ngày 29 tháng 6 năm 2006;",
                text: "Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người",
                type: "Luật",
                name: "Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người",
                date: "2006-06-29"),
        // Terms listed in the parentheses: the span closes them, and the first term is the mention's.
        NameRow(input: "Thực hiện các nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng.",
                text: "nghị quyết Trung ương 4 (khóa XI, XII)", type: "Nghị quyết",
                name: "nghị quyết Trung ương 4 (khóa XI, XII)", term: "XI"),
        // So without them, after a comma or `và`; not a word that follows (`…, Luật Đất đai`).
        NameRow(input: "Thực hiện Nghị quyết Trung ương 4 khóa XI, XII về xây dựng Đảng.",
                text: "Nghị quyết Trung ương 4 khóa XI, XII", type: "Nghị quyết",
                name: "Nghị quyết Trung ương 4 khóa XI, XII", term: "XI"),
        NameRow(input: "Thực hiện nghiêm Nghị quyết Trung ương 4 khóa XI,\nXII về xây dựng, chỉnh đốn Đảng.",
                text: "Nghị quyết Trung ương 4 khóa XI,\nXII", type: "Nghị quyết",
                name: "Nghị quyết Trung ương 4 khóa XI, XII", term: "XI"),
        NameRow(input: "Thực hiện Nghị quyết Trung ương 5 khóa XII, Luật Đất đai.",
                text: "Nghị quyết Trung ương 5 khóa XII", type: "Nghị quyết", name: "Nghị quyết Trung ương 5 khóa XII",
                term: "XII"),
        // A Roman number alone in parentheses is no abbreviation but a plenum's term, as `(khóa XII)` is.
        NameRow(input: "Quán triệt Nghị quyết Trung ương 4 (XII) về xây dựng Đảng.",
                text: "Nghị quyết Trung ương 4 (XII)",
                type: "Nghị quyết", name: "Nghị quyết Trung ương 4 (XII)", term: "XII"),
        // An amending ordinance's title is one mention too.
        NameRow(input: "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cán bộ, công chức ngày 28 tháng 4 năm "
                    + "2000;",
                text: "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cán bộ, công chức", type: "Pháp lệnh",
                name: "Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh Cán bộ, công chức", date: "2000-04-28"),
        // Of a list of laws where only the last has a year, the year is the amending law's; where each has its own,
        // or one law alone has it, the years are the amended laws'.
        NameRow(input: "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Nhà ở năm 2024.",
                text: "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Nhà ở năm 2024",
                type: "Luật", name: "Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư và Luật Nhà ở",
                year: 2024),
        NameRow(input: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2013 và Luật Nhà ở năm 2014.",
                text: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2013 và Luật Nhà ở năm 2014",
                type: "Luật",
                name: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2013 và Luật Nhà ở năm 2014"),
        NameRow(input: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2013.",
                text: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2013",
                type: "Luật", name: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai năm 2013"),
        // The numbers of the amended laws are part of the title; news shorten `sửa đổi, bổ sung` to `sửa đổi`.
        NameRow(input: "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số "
                    + "27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15;",
                text: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số "
                    + "27/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15", type: "Luật",
                name: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15 "
                    + "và Luật Các tổ chức tín dụng số 32/2024/QH15"),
        // Of a list where only the last law has a number, the number is the amending law's, as a lone year is.
        NameRow(input: "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức "
                    + "đối tác công tư số 57/2024/QH15;",
                text: "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác "
                    + "công tư số 57/2024/QH15", type: "Luật",
                name: "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Đầu tư theo phương thức đối tác "
                    + "công tư", symbol: "57/2024/QH15", term: "QH15"),
        NameRow(input: "Theo Luật sửa đổi Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản 2024, …",
                text: "Luật sửa đổi Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản 2024", type: "Luật",
                name: "Luật sửa đổi Luật Đất đai, Luật Nhà ở và Luật Kinh doanh bất động sản", year: 2024),
        // Laws amended together, named by what they share.
        NameRow(input: "Căn cứ Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch ngày "
                    + "20/11/2018;",
                text: "Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch", type: "Luật",
                name: "Luật sửa đổi, bổ sung một số điều của 37 Luật có liên quan đến quy hoạch", date: "2018-11-20"),
        NameRow(input: "theo Luật sửa đổi, bổ sung một số điều của các Luật về thuế năm 2014.",
                text: "Luật sửa đổi, bổ sung một số điều của các Luật về thuế năm 2014", type: "Luật",
                name: "Luật sửa đổi, bổ sung một số điều của các Luật về thuế", year: 2014),
        // Names with a comma inside that only the list of known names explains.
        NameRow(input: "Luật Thi hành tạm giữ, tạm giam năm 2015 quy định",
                text: "Luật Thi hành tạm giữ, tạm giam năm 2015",
                type: "Luật", name: "Luật Thi hành tạm giữ, tạm giam", year: 2015),
        NameRow(input: "theo Luật Khiếu nại, tố cáo năm 2005;", text: "Luật Khiếu nại, tố cáo năm 2005",
                type: "Luật", name: "Luật Khiếu nại, tố cáo", year: 2005),
        NameRow(input: "tinh thần Nghị quyết Trung ương 4 (khóa XII); chỉ đạo",
                text: "Nghị quyết Trung ương 4 (khóa XII)", type: "Nghị quyết",
                name: "Nghị quyết Trung ương 4 (khóa XII)", term: "XII"),
        NameRow(input: "quán triệt Nghị quyết Hội nghị Trung ương 11 khoá XIII về",
                text: "Nghị quyết Hội nghị Trung ương 11 khoá XIII", type: "Nghị quyết",
                name: "Nghị quyết Hội nghị Trung ương 11 khoá XIII", term: "XIII"),
        // The plenum's number in words, before its term (without one, `Trung ương năm 2020` is no plenum).
        NameRow(input: "Thực hiện Nghị quyết Trung ương bốn khóa XII;", text: "Nghị quyết Trung ương bốn khóa XII",
                type: "Nghị quyết", name: "Nghị quyết Trung ương bốn khóa XII", term: "XII"),
        // News write `TW` for `Trung ương`, the plenum's number apart or glued.
        NameRow(input: "quán triệt Nghị quyết TW 4 khóa XII và các nghị quyết TW khác",
                text: "Nghị quyết TW 4 khóa XII", type: "Nghị quyết", name: "Nghị quyết TW 4 khóa XII", term: "XII"),
        NameRow(input: "theo tinh thần Nghị quyết TW4 (khóa XII).", text: "Nghị quyết TW4 (khóa XII)",
                type: "Nghị quyết", name: "Nghị quyết TW4 (khóa XII)", term: "XII"),
        // `NQ` for `Nghị quyết` before the plenum, apart or glued (`NQTW 4`).
        NameRow(input: "thực hiện NQ TW4 và", text: "NQ TW4", type: "Nghị quyết", name: "NQ TW4"),
        NameRow(input: "thực hiện NQTW 4 khóa XII,", text: "NQTW 4 khóa XII", type: "Nghị quyết",
                name: "NQTW 4 khóa XII", term: "XII"),
        NameRow(input: "thực hiện NQ Trung ương 4 (khóa XII);", text: "NQ Trung ương 4 (khóa XII)", type: "Nghị quyết",
                name: "NQ Trung ương 4 (khóa XII)", term: "XII"),
        // `BCH` for `Ban Chấp hành`, apart from `TW` or glued (`BCHTW`).
        NameRow(input: "theo Nghị quyết Hội nghị lần thứ 6 BCH TW khóa X;",
                text: "Nghị quyết Hội nghị lần thứ 6 BCH TW khóa X", type: "Nghị quyết",
                name: "Nghị quyết Hội nghị lần thứ 6 BCH TW khóa X", term: "X"),
        NameRow(input: "theo Nghị quyết Hội nghị lần thứ 5 BCHTW khóa XII về kinh tế tư nhân",
                text: "Nghị quyết Hội nghị lần thứ 5 BCHTW khóa XII",
                type: "Nghị quyết", name: "Nghị quyết Hội nghị lần thứ 5 BCHTW khóa XII", term: "XII"),
        NameRow(input: "thực hiện Nghị quyết TƯ 4 khóa XII;", text: "Nghị quyết TƯ 4 khóa XII", type: "Nghị quyết",
                name: "Nghị quyết TƯ 4 khóa XII", term: "XII"),
        NameRow(input: "thực hiện Nghị quyết TƯ11 khóa XIII;", text: "Nghị quyết TƯ11 khóa XIII", type: "Nghị quyết",
                name: "Nghị quyết TƯ11 khóa XIII", term: "XIII"),
        NameRow(input: "tuyên truyền Nghị quyết Đại hội XIII của Đảng; vận động",
                text: "Nghị quyết Đại hội XIII của Đảng", type: "Nghị quyết", name: "Nghị quyết Đại hội XIII của Đảng",
                issuer: "Đại hội XIII của Đảng", term: "XIII"),
        NameRow(input: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025",
                text: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", type: "Nghị quyết",
                name: "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", issuer: "Đại hội Đảng bộ tỉnh lần thứ XIV"),
        NameRow(input: "chấp hành nghiêm Điều lệ Đảng, quy định", text: "Điều lệ Đảng", type: "Điều lệ",
                name: "Điều lệ Đảng"),
        NameRow(input: "trung thành với Cương lĩnh chính trị của Đảng", text: "Cương lĩnh chính trị",
                type: "Cương lĩnh",
                name: "Cương lĩnh chính trị"),
        NameRow(input: "Thực hiện Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội (bổ sung, "
                    + "phát triển năm 2011);",
                text: "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội", type: "Cương lĩnh",
                name: "Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội"),
        // `số` ends a name only before a number: the laws of the digital economy end with it.
        NameRow(input: "Căn cứ Luật Chuyển đổi số năm 2025;", text: "Luật Chuyển đổi số năm 2025", type: "Luật",
                name: "Luật Chuyển đổi số", year: 2025),
        NameRow(input: "NAY CÔNG BỐ:\nLuật Công nghiệp công nghệ số\nĐã được Quốc hội thông qua",
                text: "Luật Công nghiệp công nghệ số", type: "Luật", name: "Luật Công nghiệp công nghệ số"),
        NameRow(input: "theo Bô luật Dân sự 2015 (OCR)", text: "Bô luật Dân sự 2015", type: "Bộ luật",
                name: "Bô luật Dân sự", year: 2015),
        // OCR's `luật` with the wrong mark on its `a`.
        NameRow(input: "Căn cứ Luât Đất đai năm 2024;", text: "Luât Đất đai năm 2024", type: "Luật",
                name: "Luât Đất đai", year: 2024),
        NameRow(input: "theo Bộ luạt Hình sự 2015", text: "Bộ luạt Hình sự 2015", type: "Bộ luật",
                name: "Bộ luạt Hình sự", year: 2015),
        NameRow(input: "Căn cứ LUẤT NHÀ Ở năm 2023;", text: "LUẤT NHÀ Ở năm 2023", type: "Luật", name: "LUẤT NHÀ Ở",
                year: 2023),
        NameRow(input: "Mặc dù Luật Đất đai năm 2024 đã quy định", text: "Luật Đất đai năm 2024", type: "Luật",
                name: "Luật Đất đai", year: 2024),
        NameRow(input: "theo Luật Dân số ngày 10/12/2025 và", text: "Luật Dân số", type: "Luật", name: "Luật Dân số",
                date: "2025-12-10"),
        NameRow(input: "Căn cứ Luật Khoa học số 12/2025/QH15;", text: "Luật Khoa học số 12/2025/QH15", type: "Luật",
                name: "Luật Khoa học", symbol: "12/2025/QH15", term: "QH15"),
        // Laws of the 1990s whose names hold a word the reading of names stops at (`tại`), in capitals in a title.
        NameRow(input: "Căn cứ Luật Đầu tư nước ngoài tại Việt Nam ngày 12 tháng 11 năm 1996;",
                text: "Luật Đầu tư nước ngoài tại Việt Nam", type: "Luật", name: "Luật Đầu tư nước ngoài tại Việt Nam",
                date: "1996-11-12"),
        NameRow(input: "QUY ĐỊNH CHI TIẾT THI HÀNH LUẬT ĐẦU TƯ NƯỚC NGOÀI TẠI VIỆT NAM\n",
                text: "LUẬT ĐẦU TƯ NƯỚC NGOÀI TẠI VIỆT NAM", type: "Luật", name: "LUẬT ĐẦU TƯ NƯỚC NGOÀI TẠI VIỆT NAM"),
        NameRow(input: "CƯƠNG LĨNH CHÍNH TRỊ", text: "CƯƠNG LĨNH CHÍNH TRỊ", type: "Cương lĩnh",
                name: "CƯƠNG LĨNH CHÍNH TRỊ"),
    ]

    @Test("reads the name, where it ends, and what is attached to it", arguments: rows)
    func reads(_ row: NameRow) throws {
        let citations = CitationExtractor().citations(in: row.input)
        let citation = try #require(citations.first, "nothing found in \(row.input)")
        let bytes = Array(row.input.utf8)
        #expect(String(decoding: bytes[citation.span], as: UTF8.self) == row.text)
        #expect(citation.text == row.text)
        #expect(citation.type == row.type)
        #expect(citation.name == row.name)
        #expect(citation.year == row.year)
        #expect(citation.symbol == row.symbol)
        #expect(citation.issuer == row.issuer)
        #expect(citation.term == row.term)
        #expect(citation.date?.description == row.date)
        #expect(citation.family == (row.symbol == nil ? "name" : "normative"))
    }

    @Test("the built-in list resolves a name with its year; a name without a year stays open")
    func builtInList() {
        let citations = CitationExtractor().citations(in: "Luật Tổ chức Quốc hội năm 2014 và Luật Tổ chức Quốc hội.")
        #expect(citations.map(\.text) == ["Luật Tổ chức Quốc hội năm 2014", "Luật Tổ chức Quốc hội"])
        #expect(citations.map(\.refersTo) == ["57/2014/QH13", nil])
    }

    @Test("a name stated with its number teaches the rest of the document")
    func taughtByTheDocument() {
        let text = "Căn cứ Luật Đầu tư công số 39/2019/QH14; theo Luật Đầu tư công, dự án nhóm A …"
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Luật Đầu tư công số 39/2019/QH14", "Luật Đầu tư công"])
        #expect(citations[1].refersTo == "39/2019/QH14")
    }

    @Test("an alias the text defines, then uses")
    func alias() {
        let text = "Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14 (sau đây gọi là Luật PPP) quy định. "
            + "Các dự án theo Luật PPP được ưu đãi."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Luật Đầu tư theo phương thức đối tác công tư số 64/2020/QH14", "Luật PPP"])
        #expect(citations.last?.refersTo == "64/2020/QH14")
    }

    @Test("an alias of a name no number backs is defined all the same: only its later use is a mention")
    func aliasOfName() {
        let text = "Luật Đầu tư theo phương thức đối tác công tư (sau đây gọi là Luật PPP) quy định. Theo Luật PPP, …"
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Luật Đầu tư theo phương thức đối tác công tư", "Luật PPP"])
        #expect(citations.map(\.name) == ["Luật Đầu tư theo phương thức đối tác công tư", "Luật PPP"])
    }

    @Test("the charters of the Front and the mass organizations are named to Việt Nam; other charters are the genre")
    func organizationCharters() {
        let text = "Theo Điều lệ Đoàn TNCS Hồ Chí Minh, Điều lệ Công đoàn Việt Nam, Điều lệ Hội Liên hiệp Phụ nữ "
            + "Việt Nam và Điều lệ Mặt trận Tổ quốc Việt Nam; Điều lệ Đoàn. Điều lệ Hội, điều lệ công ty, Điều lệ Đoàn "
            + "Luật sư thành phố và Điều lệ Hội Luật gia."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Điều lệ Đoàn TNCS Hồ Chí Minh", "Điều lệ Công đoàn Việt Nam",
                                          "Điều lệ Hội Liên hiệp Phụ nữ Việt Nam", "Điều lệ Mặt trận Tổ quốc Việt Nam",
                                          "Điều lệ Đoàn"])
        #expect(citations.allSatisfy { $0.type == "Điều lệ" && $0.name == $0.text && $0.family == "name" })
    }

    @Test("the name on the next line is no heading in capitals (a promulgation order's title over its issuer)")
    func headingAfterTypeWord() {
        let order = CitationExtractor().citations(in: "LỆNH\nVề việc công bố Luật\nCHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ "
                                                   + "NGHĨA VIỆT NAM\nNay công bố Luật Đất đai.\nTheo Luật\nBHXH 2014.")
        #expect(order.map(\.text) == ["Luật Đất đai", "Luật\nBHXH 2014"])
        #expect(order.map(\.relation) == [.promulgates, .reference])
    }
}

@Suite("Names written without marks, or with a mark OCR lost")
struct PlainNameTests {
    @Test("a known name after `Luat` or `Bo luat` is read, with its year or number; other words after `Luat` are not")
    func plainNames() {
        let text = "Can cu Luat Dat dai nam 2013; Bo luat Hinh su 2015, Luat Can bo, cong chuc va Luat Dau tu cong so "
            + "39/2019/QH14. Phap luat Dat dai, ky luat Lao dong, Luat su Nguyen Van A, Luat ABC, Luat."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Luat Dat dai nam 2013", "Bo luat Hinh su 2015", "Luat Can bo, cong chuc",
                                          "Luat Dau tu cong so 39/2019/QH14"])
        #expect(citations.map(\.type) == ["Luật", "Bộ luật", "Luật", "Luật"])
        #expect(citations.map(\.year) == [2013, 2015, nil, nil])
        #expect(citations.last?.symbol == "39/2019/QH14")
        #expect(citations.first?.relation == .basis)
    }

    @Test("congresses listed after the first (`Nghị quyết Đại hội X, XI của Đảng`, `…, Đại hội XI`): a record each")
    func listedCongresses() {
        let text = "Thực hiện Nghị quyết Đại hội X, XI của Đảng, Nghị quyết Trung ương 5 khóa X và Kết luận số "
            + "64-KL/TW; Nghị quyết Đại hội V của Đảng; Nghị quyết Đại hội lần thứ IX, X và XI; Nghị quyết Đại hội "
            + "Đảng bộ tỉnh lần thứ XIV, XV. Đại hội X đã bầu; Nghị quyết Đại hội X đã nêu; Nghị quyết Đại hội I nêu; "
            + "Nghị quyết Trung ương 4 khóa XI, XII; Nghị quyết Đại hội IX, Đại hội X của Đảng."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == [
            "Nghị quyết Đại hội X", "XI của Đảng", "Nghị quyết Trung ương 5 khóa X", "Kết luận số 64-KL/TW",
            "Nghị quyết Đại hội V của Đảng", "Nghị quyết Đại hội lần thứ IX", "X", "XI",
            "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", "XV", "Nghị quyết Đại hội X",
            "Nghị quyết Trung ương 4 khóa XI, XII", "Nghị quyết Đại hội IX", "Đại hội X của Đảng",
        ])
        // The congress named again: its own words are its issuer.
        #expect(citations[13].name == "Nghị quyết Đại hội X của Đảng")
        #expect(citations[13].issuer == "Đại hội X của Đảng")
        #expect(citations[0...1].map(\.name) == ["Nghị quyết Đại hội X", "Nghị quyết Đại hội XI của Đảng"])
        #expect(citations[0...1].map(\.issuer) == ["Đại hội X", "Đại hội XI của Đảng"])
        #expect(citations[0...1].map(\.term) == ["X", "XI"])
        #expect(citations[0...3].allSatisfy { $0.relation == .implements })
        #expect(citations[5...7].map(\.name) == ["Nghị quyết Đại hội lần thứ IX", "Nghị quyết Đại hội lần thứ X",
                                                 "Nghị quyết Đại hội lần thứ XI"])
        #expect(citations[5...7].map(\.term) == ["IX", "X", "XI"])
        // A provincial congress is no term of the Party's.
        #expect(citations[9].issuer == "Đại hội Đảng bộ tỉnh lần thứ XV")
        #expect(citations[9].term == nil)
    }

    @Test("plenums listed after the first (`Nghị quyết Trung ương 4, 5, 6 khóa XIII`): a record each, the term shared")
    func listedPlenums() {
        let text = "Tiếp tục thực hiện Nghị quyết Đại hội XIII của Đảng, các Nghị quyết Trung ương 4, 5 và 6 khóa XIII "
            + "và Kết luận số 18-KL/TW.\nQuán triệt Nghị quyết TW 8, 9 về; Nghị quyết Trung ương 4, 2 năm qua.\n"
            + "Theo Nghị quyết Trung ương 6, 12/2024/NĐ-CP và Nghị quyết Trung ương 7 (khóa XII), 8."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == [
            "Nghị quyết Đại hội XIII của Đảng", "Nghị quyết Trung ương 4", "5", "6", "Kết luận số 18-KL/TW",
            "Nghị quyết TW 8", "9", "Nghị quyết Trung ương 4", "Nghị quyết Trung ương 6", "12/2024/NĐ-CP",
            "Nghị quyết Trung ương 7 (khóa XII)",
        ])
        #expect(citations[1...3].map(\.name) == ["Nghị quyết Trung ương 4", "Nghị quyết Trung ương 5",
                                                 "Nghị quyết Trung ương 6"])
        #expect(citations[1...3].map(\.term) == ["XIII", "XIII", "XIII"])
        #expect(citations[1...3].map(\.type) == ["Nghị quyết", "Nghị quyết", "Nghị quyết"])
        // The list shares its sentence's relation, across the plural `các`.
        #expect(citations[0...4].allSatisfy { $0.relation == .implements })
        #expect(citations[5...6].map(\.name) == ["Nghị quyết TW 8", "Nghị quyết TW 9"])
        #expect(citations[5...6].allSatisfy { $0.term == nil })
    }

    @Test("a known name with a mark lost or misread is read as the name of the list, with its number or date")
    func misreadKnownNames() {
        let text = "Căn cứ Pháp lệnh Ưu đãi người có công với cách mang số 02/2020/UBTVQH14;\n"
            + "Căn cứ Luật Tổ chức chính quyên địa phương ngày 19/6/2015;"
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == ["Pháp lệnh Ưu đãi người có công với cách mang số 02/2020/UBTVQH14",
                                          "Luật Tổ chức chính quyên địa phương"])
        #expect(citations.map(\.type) == ["Pháp lệnh", "Luật"])
        #expect(citations.first?.symbol == "02/2020/UBTVQH14")
        #expect(citations.last?.date?.description == "2015-06-19")
    }

    @Test("type words with their tone lost (`quyêt`, `Hien`, `lenh`, `lê`) open names; their letters elsewhere do not")
    func unmarkedTypeWords() {
        // A type word before a number that lost its marks (`Quyêt định số`) tells that the text lost marks.
        let body = "Thực hiện Nghị quyêt Trung ương 4 khóa XII, Điều lê Đảng và Pháp lênh Dân số năm 2003.\n"
            + "Nghi quyet Dai hoi XIII cua Dang; Dieu le Dang; Phap lenh Dan so; Phap lenh moi; Hien phap nam 2013.\n"
            + "Yêu cầu nguyên tắc chuyên môn, lên kế hoạch; ông Lê Văn A; Giải quyet, quyêt tâm, điều lê, file; "
            + "thuc hien phap luat."
        let citations = CitationExtractor().citations(in: "Căn cứ Quyêt định số 12/QĐ-UBND;\n" + body)
        #expect(citations.map(\.text) == ["Quyêt định số 12/QĐ-UBND", "Nghị quyêt Trung ương 4 khóa XII",
                                          "Điều lê Đảng", "Pháp lênh Dân số năm 2003",
                                          "Nghi quyet Dai hoi XIII cua Dang", "Dieu le Dang", "Phap lenh Dan so",
                                          "Hien phap nam 2013"])
        #expect(citations.map(\.type) == ["Quyết định", "Nghị quyết", "Điều lệ", "Pháp lệnh", "Nghị quyết", "Điều lệ",
                                          "Pháp lệnh", "Hiến pháp"])
        #expect(citations.map(\.term) == [nil, "XII", nil, nil, "XIII", nil, nil, nil])
        #expect(citations[3].year == 2003)
        #expect(citations[7].year == 2013)
        // So does `Luat` before a known name, or OCR's `Luât`.
        for evidence in ["Theo Luat Dat dai nam 2013;\n", "Theo Luât Đất đai năm 2013;\n"] {
            #expect(CitationExtractor().citations(in: evidence + body).count == 8)
        }
        // Text with its marks is scanned once, without the anchors for them.
        #expect(CitationExtractor().citations(in: "Căn cứ Quyết định số 12/QĐ-UBND;\n" + body).count == 1)
        // Text whose first 4 KB hold no letter with marks (typographic quotes aside) is read with them at once: it
        // may name documents only by name.
        let names = "“Tuyen truyen” Nghi quyet Dai hoi Dang bo tinh lan thu XIV, Nghi quyet Dai hoi XIII cua Dang."
        #expect(CitationExtractor().citations(in: names).map(\.text) == [
            "Nghi quyet Dai hoi Dang bo tinh lan thu XIV", "Nghi quyet Dai hoi XIII cua Dang"])
    }

    @Test("without marks: an amending law's title, `quy dinh chinh sach`, the Party's `DA`, `trai voi Thong tu nay`")
    func unmarkedForms() {
        let text = "Can cu Luat sua doi, bo sung mot so dieu cua Luat Can bo, cong chuc va Luat Vien chuc ngay 25 "
            + "thang 11 nam 2019;\nHDND ban hanh nghi quyet quy dinh chinh sach ho tro theo Luat Dau tu nam 2020, "
            + "quy dinh chi phi theo Luat Dat dai nam 2024. Dinh chinh Nghi dinh so 15/2020/ND-CP.\n"
            + "De an so 01-DA/TU ngay 15/2/2025; Du an so 03/DA-UBND.\nCac quy dinh tai Thong tu so 34/2018/TT-BTC "
            + "trai voi Thong tu nay bi bai bo."
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.text) == [
            "Luat sua doi, bo sung mot so dieu cua Luat Can bo, cong chuc va Luat Vien chuc", "Luat Dau tu nam 2020",
            "Luat Dat dai nam 2024", "Nghi dinh so 15/2020/ND-CP", "De an so 01-DA/TU", "so 03/DA-UBND",
            "Thong tu so 34/2018/TT-BTC"])
        #expect(citations.map(\.relation) == [.basis, .reference, .reference, .corrects, .reference, .reference,
                                              .repeals])
        #expect(citations.map(\.type) == ["Luật", "Luật", "Luật", "Nghị định", "Đề án", "Dự án", "Thông tư"])
        #expect(citations[4].symbol == "01-ĐA/TU")
        #expect(citations[4].warnings.contains("repaired-symbol"))
        #expect(citations[0].date?.description == "2019-11-25")
    }
}
