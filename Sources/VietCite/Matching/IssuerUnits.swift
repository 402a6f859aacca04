/// The names of ministries, provincial departments and national bodies that hold lower-case words and `và`, which
/// the issuer reading (capitalised words and ``Vocabulary/issuerWordKeys``) would otherwise cut short: `của Bộ trưởng
/// Bộ Tài nguyên và Môi trường`, `của Sở Lao động - Thương binh và Xã hội`, `của Bộ Văn hóa, Thể thao và Du lịch`,
/// `của Kiểm toán nhà nước`, `của Đảng ủy Khối các cơ quan tỉnh`.
///
/// Each name is written folded, after its head word (`Bộ`, `Sở`, `Hội`), as it is in the official list of the
/// Government's ministries (Nghị định 123/2016/NĐ-CP and its successors, with the 2025 mergers) and in the names
/// of the provincial departments that mirror them.
enum IssuerUnits {
    /// Folded names, in words; a name may also be written with `-` or `,` between its words.
    static let names: [String] = [
        "tai nguyen va moi truong", "ke hoach va dau tu", "lao dong thuong binh va xa hoi",
        "nong nghiep va phat trien nong thon", "nong nghiep va moi truong", "van hoa the thao va du lich",
        "giao duc va dao tao", "khoa hoc va cong nghe", "van hoa va the thao", "thong tin va truyen thong",
        "giao thong van tai", "dan toc va ton giao", "noi vu", "y te", "tai chinh", "tu phap", "cong thuong",
        "xay dung", "quoc phong", "cong an", "ngoai giao", "thuong mai", "cong nghiep", "thuy san",
        "buu chinh vien thong", "van hoa thong tin", "lao dong thuong binh xa hoi",
        // The offices of a district (`Phòng Tài chính - Kế hoạch`, `Trưởng phòng Văn hóa và Thông tin`).
        "tai chinh ke hoach", "van hoa va thong tin", "kinh te va ha tang", "kinh te ha tang va do thi",
        "quan ly do thi",
        // After `Hội`: the Judicial Council (`Hội đồng Thẩm phán Tòa án nhân dân tối cao`) and the National Election
        // Council (`Hội đồng bầu cử quốc gia`).
        "dong tham phan", "dong bau cu quoc gia",
        // After `Kiểm`, `Bảo`, `Kho`: `(Tổng) Kiểm toán nhà nước`, `Bảo hiểm xã hội Việt Nam`, `Kho bạc Nhà nước`.
        "toan nha nuoc", "hiem xa hoi", "bac nha nuoc",
        // After `Khối`: the Party committees of the blocs (`Đảng ủy Khối các cơ quan tỉnh`).
        "cac co quan va doanh nghiep tinh", "cac co quan trung uong", "cac co quan tinh", "cac co quan thanh pho",
        "co quan dang", "doanh nghiep tinh",
        // After `Ban`: the committees of a People's Council (`Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh`).
        "kinh te ngan sach", "kinh te xa hoi", "van hoa xa hoi", "phap che", "dan toc", "do thi",
        // After `Ban`: the Party's central committees merged in 2025 (`Ban Tuyên giáo và Dân vận Trung ương`, `Ban
        // Chính sách, chiến lược Trung ương`) and their provincial mirrors (`Ban Tuyên giáo và Dân vận Tỉnh ủy`).
        "tuyen giao va dan van", "chinh sach chien luoc",
        // After `Đảng ủy`: the Party committees of 2025 (`Đảng ủy các cơ quan Đảng Trung ương`, `Đảng ủy các cơ quan
        // Đảng tỉnh`).
        "cac co quan dang trung uong", "cac co quan dang",
        // After `Ban`: the boards of industrial zones and investment projects (`Ban Quản lý các khu công nghiệp tỉnh`).
        "quan ly cac khu cong nghiep", "quan ly khu kinh te", "quan ly khu cong nghe cao",
        "quan ly du an dau tu xay dung", "quan ly du an",
        // After `Ban`: the steering committees against corruption (`Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực
        // tỉnh`, `Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực`).
        "chi dao trung uong ve phong chong tham nhung tieu cuc", "chi dao trung uong ve phong chong tham nhung",
        "chi dao phong chong tham nhung tieu cuc", "chi dao phong chong tham nhung",
        // After `Đài`: a province's broadcaster (`Đài Phát thanh và Truyền hình tỉnh`).
        "phat thanh va truyen hinh",
        // After `Ủy`: `Ủy ban Quản lý vốn nhà nước tại doanh nghiệp`, `Ủy ban An toàn giao thông quốc gia`.
        "ban quan ly von nha nuoc tai doanh nghiep", "ban an toan giao thong quoc gia",
        // After `Ủy`: the committees of the National Assembly, before and after 2025 (`Ủy ban Pháp luật và Tư pháp`).
        "ban phap luat va tu phap", "ban kinh te va tai chinh", "ban van hoa va xa hoi",
        "ban khoa hoc cong nghe va moi truong", "ban quoc phong an ninh va doi ngoai", "ban quoc phong va an ninh",
        "ban tai chinh ngan sach", "ban ve cac van de xa hoi", "ban van hoa giao duc", "ban phap luat",
        // After `Ngân`: the State Bank written without `Việt Nam` (`của Ngân hàng Nhà nước về …`).
        "hang nha nuoc",
        // After `Cục`: the price authority (`Cục trưởng Cục Quản lý giá`).
        "quan ly gia",
    ]

    /// The word keys of each name, longest names first, grouped by the key of their first word.
    static let byFirstKey: WordKeyTable<[[UInt64]]> = {
        let keyed = names.map { $0.split(separator: " ").map { WordKey.of(String($0)) } }
            .sorted { $0.count > $1.count }
        return WordKeyTable(Dictionary(grouping: keyed) { $0[0] }.map { ($0.key, $0.value) })
    }()

    /// Heads of a unit name: `Bộ`, `Sở`, `Phòng` (a district's office), `Hội`, `Kiểm`, `Bảo`, `Kho`, `Khối`, `Ban`,
    /// `Ủy`, `Đài`, `Ngân`, `Cục`.
    static let headKeys = WordKeyTable(
        keys: ["bo", "so", "phong", "hoi", "kiem", "bao", "kho", "khoi", "ban", "uy", "dai", "ngan", "cuc"]
            .map(WordKey.of))

    /// Capitalised words that open a second issuer after `và` (`của Bộ Y tế và Bộ Nội vụ`, `Bộ Tư pháp và Văn phòng
    /// Chính phủ`, `của Quốc hội và Chính phủ`, `Sở Tài chính và Kho bạc Nhà nước`; `…, Chính phủ, Đoàn Chủ tịch Ủy
    /// ban Trung ương Mặt trận Tổ quốc Việt Nam`, the third issuer of the Assembly's joint resolutions).
    static let jointHeadKeys = WordKeyTable(keys: [
        "bo", "so", "uy", "ban", "hoi", "toa", "vien", "ngan", "van", "thanh", "kiem", "mat", "tong", "cuc", "quoc",
        "chinh", "thu", "kho", "doan",
    ].map(WordKey.of))
}

extension Matcher {
    /// The end of a known unit name (``IssuerUnits``) whose first word starts at or after `start` (past spaces),
    /// or nil.
    func knownUnitEnd(from start: Int) -> Int? {
        var cursor = start
        skipSpaces(&cursor, limit: 2)
        // A line that only wraps its sentence (`Bộ⏎Giáo dục và Đào tạo`).
        skipWrappedLineBreak(&cursor)
        guard cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return nil }
        let (firstEnd, firstKey) = wordEndAndKey(from: cursor, limit: count)
        guard let candidates = IssuerUnits.byFirstKey[firstKey] else { return nil }
        // The second word is read once: most candidates differ from the text there (`Ủy ban nhân dân` is none of the
        // committees whose names follow `Ủy ban`).
        let second = unitWord(after: firstEnd)
        for words in candidates {
            // Longest first: a name of one word comes last.
            guard words.count > 1 else { return firstEnd }
            if let second, words[1] == second.key, let end = followingUnitWords(after: second.end, words.dropFirst(2)) {
                return end
            }
        }
        return nil
    }

    /// The end of `words` read after `end`, with spaces, `-` and `,` between them; nil unless all of them match.
    private func followingUnitWords(after end: Int, _ words: ArraySlice<UInt64>) -> Int? {
        var last = end
        for word in words {
            guard let next = unitWord(after: last), next.key == word else { return nil }
            last = next.end
        }
        return last
    }

    /// The word after `end` past a gap of spaces, `-` and `,` (one to four bytes; an en or em dash, E2 80 93 or 94,
    /// for a `-`: `Bộ Lao động – Thương binh và Xã hội`) or a line break that only wraps its sentence, with its key.
    private func unitWord(after end: Int) -> (end: Int, key: UInt64)? {
        var cursor = end
        var dashes = 0
        while cursor < count && cursor - end < 4 + dashes {
            if p[cursor] == 0x20 || p[cursor] == 0x2D || p[cursor] == 0x2C {
                cursor += 1
            } else if p[cursor] == 0xE2, cursor + 2 < count, p[cursor + 1] == 0x80,
                      p[cursor + 2] == 0x93 || p[cursor + 2] == 0x94 {
                cursor += 3
                dashes += 2
            } else {
                break
            }
        }
        // A line that only wraps its sentence (`Bộ Tài⏎chính`).
        skipWrappedLineBreak(&cursor)
        guard cursor > end, cursor < count, Tokenizer.isWordStart(p, cursor, count) else { return nil }
        let (wordEnd, key) = wordEndAndKey(from: cursor, limit: count)
        return (wordEnd, key)
    }
}
