/// What is known about laws, codes and ordinances cited by name (`documents.md` §7.1–7.2): the names most often
/// cited, the words that end a name, and a small list of laws whose number a real document states.
enum LawNames {
    /// Names of laws and codes (after the type word), tone-neutral lower case; a name ends exactly here even
    /// when ordinary words follow (`Luật Đầu tư theo phương thức đối tác công tư` does not stop at `theo`).
    static let known: [String] = [
        "đất đai", "đầu tư", "đầu tư công", "đầu tư theo phương thức đối tác công tư", "doanh nghiệp",
        "ban hành văn bản quy phạm pháp luật", "tổ chức chính phủ", "tổ chức chính quyền địa phương",
        "tổ chức quốc hội", "tổ chức tòa án nhân dân", "tổ chức viện kiểm sát nhân dân", "cán bộ, công chức",
        "cán bộ, công chức và viên chức", "viên chức", "ngân sách nhà nước", "xây dựng", "nhà ở",
        "kinh doanh bất động sản", "quy hoạch", "quy hoạch đô thị", "quy hoạch đô thị và nông thôn",
        "bảo vệ môi trường", "phòng, chống tham nhũng", "xử lý vi phạm hành chính", "thi đua, khen thưởng",
        "thực hiện dân chủ ở cơ sở", "cư trú", "căn cước", "căn cước công dân", "điện lực", "đấu thầu", "giáo dục",
        "giáo dục đại học", "giáo dục nghề nghiệp", "lao động", "dân sự", "hình sự", "tố tụng dân sự",
        "tố tụng hình sự", "tố tụng hành chính", "hôn nhân và gia đình", "thương mại", "kế toán",
        "kiểm toán nhà nước", "quản lý thuế", "thuế giá trị gia tăng", "thuế thu nhập doanh nghiệp",
        "thuế thu nhập cá nhân", "phí và lệ phí", "quản lý, sử dụng tài sản công", "tài nguyên nước", "lâm nghiệp",
        "thủy lợi", "trồng trọt", "chăn nuôi", "thủy sản", "giao thông đường bộ",
        "trật tự, an toàn giao thông đường bộ", "đường bộ", "an ninh mạng", "an ninh quốc gia", "công an nhân dân",
        "quốc phòng", "nghĩa vụ quân sự", "dân quân tự vệ", "phòng cháy và chữa cháy",
        "phòng cháy, chữa cháy và cứu nạn, cứu hộ", "bảo hiểm xã hội", "bảo hiểm y tế", "việc làm",
        "khám bệnh, chữa bệnh", "an toàn thực phẩm", "phòng, chống ma túy", "thanh tra", "tiếp công dân",
        "khiếu nại", "tố cáo", "tiếp cận thông tin", "giao dịch điện tử", "công nghệ thông tin",
        "an toàn thông tin mạng", "viễn thông", "báo chí", "xuất bản", "di sản văn hóa", "du lịch",
        "thể dục, thể thao", "tín ngưỡng, tôn giáo", "trẻ em", "người cao tuổi", "người khuyết tật",
        "bình đẳng giới", "thanh niên", "phòng, chống bạo lực gia đình", "hợp tác xã", "chứng khoán",
        "các tổ chức tín dụng", "ngân hàng nhà nước việt nam", "kinh doanh bảo hiểm", "hải quan",
        "bầu cử đại biểu quốc hội và đại biểu hội đồng nhân dân", "thủ đô", "dữ liệu", "khoa học và công nghệ",
        "khoa học, công nghệ và đổi mới sáng tạo", "sở hữu trí tuệ", "chuyển giao công nghệ",
        "tiêu chuẩn và quy chuẩn kỹ thuật", "đo lường", "chất lượng sản phẩm, hàng hóa",
        "bảo vệ quyền lợi người tiêu dùng", "cạnh tranh", "quảng cáo", "phá sản", "trọng tài thương mại", "công chứng",
        "thi hành án dân sự", "thi hành án hình sự", "tương trợ tư pháp", "lý lịch tư pháp", "quốc tịch việt nam",
        "hộ tịch", "nuôi con nuôi", "trợ giúp pháp lý", "phổ biến, giáo dục pháp luật", "hòa giải ở cơ sở",
        "trách nhiệm bồi thường của nhà nước", "mặt trận tổ quốc việt nam", "công đoàn", "biên giới quốc gia",
        "biển việt nam", "điện ảnh", "năng lượng nguyên tử", "khoáng sản", "địa chất và khoáng sản",
        "phòng, chống thiên tai", "đê điều", "hàng hải việt nam", "hàng không dân dụng việt nam", "đường sắt",
        "giao thông đường thủy nội địa", "ưu đãi người có công với cách mạng", "tiếp cận thông tin",
        "tổ chức cơ quan điều tra hình sự", "cảnh sát biển việt nam", "biên phòng việt nam",
        "quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "xuất cảnh, nhập cảnh của công dân việt nam",
        "nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại việt nam", "lưu trữ", "thống kê",
        "đo đạc và bản đồ", "tài nguyên, môi trường biển và hải đảo", "đa dạng sinh học",
        "bảo vệ và kiểm dịch thực vật",
        "thú y", "dược", "hóa chất", "tiết kiệm, chống lãng phí", "thực hành tiết kiệm, chống lãng phí",
        "phòng, chống tác hại của rượu, bia",
        "phòng, chống tác hại của thuốc lá", "phòng, chống bệnh truyền nhiễm", "an toàn, vệ sinh lao động",
        "người lao động việt nam đi làm việc ở nước ngoài theo hợp đồng", "nhà giáo", "tổ chức đơn vị hành chính",
        // Laws of 2024–2025 whose names end with `số` or hold words the reading of names stops at.
        "chuyển đổi số", "công nghiệp công nghệ số", "trí tuệ nhân tạo", "bảo vệ dữ liệu cá nhân", "thương mại điện tử",
        "dân số", "công nghệ cao", "phòng bệnh", "tư pháp người chưa thành niên", "phòng không nhân dân",
        "thuế tiêu thụ đặc biệt", "bảo hiểm tiền gửi", "công nghiệp quốc phòng, an ninh và động viên công nghiệp",
        // Names with `và` or a comma inside, which the reading of capitalised words cuts short.
        "thuế xuất khẩu, thuế nhập khẩu", "hỗ trợ doanh nghiệp nhỏ và vừa", "bảo vệ và phát triển rừng",
        "thuế sử dụng đất nông nghiệp", "thuế sử dụng đất phi nông nghiệp", "phòng, chống rửa tiền",
        "phòng, chống khủng bố", "phòng, chống mua bán người", "thuế thu nhập đối với người có thu nhập cao",
        "lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", "thi hành tạm giữ, tạm giam",
        "hòa giải, đối thoại tại tòa án", "bảo vệ, chăm sóc và giáo dục trẻ em", "khiếu nại, tố cáo",
        "phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người",
        // More laws cited in preambles and amending titles (`… Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính`):
        // known, a name reads across a line break inside it.
        "dự trữ quốc gia", "kiểm toán độc lập", "quản lý nợ công", "thuế tài nguyên", "thuế bảo vệ môi trường",
        "quản lý ngoại thương", "quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
        "điều ước quốc tế", "thỏa thuận quốc tế", "hoạt động giám sát của quốc hội và hội đồng nhân dân",
        "trưng cầu ý dân", "sĩ quan quân đội nhân dân việt nam",
        "quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng",
        "giám định tư pháp", "cơ yếu", "đặc xá", "an ninh, trật tự", "tín dụng", "kinh doanh xăng dầu",
        // Laws of before 2000, often cited in lower case (`Căn cứ Luật tổ chức Hội đồng Bộ trưởng ngày 4/7/1981`).
        "tổ chức hội đồng bộ trưởng", "tổ chức hội đồng nhân dân và ủy ban nhân dân", "tổ chức hội đồng nhân dân",
        "đầu tư nước ngoài tại việt nam", "khuyến khích đầu tư trong nước", "doanh nghiệp nhà nước",
        "doanh nghiệp tư nhân", "công ty", "phá sản doanh nghiệp", "thuế doanh thu", "thuế lợi tức",
        "bảo vệ sức khỏe nhân dân",
    ].map { VietnameseKey.toneNeutral($0) }

    /// The known names by their first word folded (`đất` → `dat`), so a text is compared (tone-neutral, exactly)
    /// only with names that can start there; the folded look-up needs no string.
    static let knownByFoldedFirstWord: [[UInt8]: [String]] = Dictionary(grouping: known) {
        // The word without the comma after it (`phòng,` of `phòng, chống tham nhũng`), as the text's word is read.
        Array(VietnameseKey.folded(String($0.split(whereSeparator: { $0 == " " || $0 == "," })[0])).utf8)
    }

    /// The known names folded word by word, commas left out (`cán bộ, công chức` → `can`, `bo`, `cong`, `chuc`), by
    /// their first word: the names of text written without marks (`Luat Dat dai nam 2013`).
    static let knownFoldedWords: [[UInt8]: [[[UInt8]]]] = Dictionary(grouping: known.map { name in
        VietnameseKey.folded(name).split(whereSeparator: { $0 == " " || $0 == "," }).map { Array($0.utf8) }
    }) { $0[0] }

    /// Lower-case words that end a name when they follow it (`Luật Đất đai năm …`, `… đã quy định`).
    static let stopWords: Set<[UInt8]> = Set([
        "năm", "ngày", "số", "của", "về", "và", "được", "đã", "thì", "có", "tại", "theo", "để", "trong", "với",
        "cho", "là", "này", "hiện", "mới", "sửa", "hướng", "trên", "các", "những", "khi", "nhưng", "đối", "gồm",
        "bao", "phải", "sẽ", "đang", "như", "do", "bởi", "từ", "đến", "sau", "trước", "nêu", "dưới", "ban",
        "nhằm", "mà", "cũng", "vẫn", "chưa", "không", "hoặc", "hay", "tới", "khác", "điều", "khoản", "điểm",
        "chương", "mục", "phần", "đều", "hết", "bị", "vừa", "sắp", "nay", "ra", "vào", "lần", "nhiều", "một",
        "đó", "kia", "ấy", "tháng", "tỉnh", "huyện", "xã", "rõ", "kèm", "cần", "nên", "triển", "đầy", "đúng",
    ].map { Array($0.utf8) })

    /// `số`, which ends a name only before a number.
    static let so = Array("số".utf8)

    /// Lower-case words a name may continue with after a comma (`Luật Cán bộ, công chức`).
    static let commaContinuations: Set<[UInt8]> = Set([
        "chống", "công", "khen", "tôn", "an", "sử", "chữa", "thể", "hàng", "giáo", "môi", "viên",
    ].map { Array($0.utf8) })

    /// Words that make `Luật` something else: `pháp luật`, `kỷ luật`, `đại học Luật`, `đạo luật`, the firms
    /// `Công ty Luật` and `Hãng luật`; a place or a person so named (`xã Luật Lễ`, `phường`, `thôn`, `ấp`, `ông`,
    /// `anh`).
    static let notBefore = WordKeyTable(keys: [
        "phap", "ky", "hoc", "khoa", "truong", "dao", "quy", "dinh", "vien", "nganh", "nghe", "ty", "hang",
        "xa", "phuong", "thon", "ap", "ong", "anh",
    ].map(WordKey.of))

    /// A law whose number a real document states, with that document.
    struct Entry: Sendable {
        /// `Luật Đầu tư công`.
        let name: String
        let year: Int
        let symbol: String
        /// Where the name and number are stated together.
        let source: String
    }

    /// The built-in list: each entry is stated, name and number together, in the cited source.
    static let builtIn: [Entry] = [
        Entry(name: "Luật Ban hành văn bản quy phạm pháp luật", year: 2015, symbol: "80/2015/QH13",
              source: "documents.md §3.1: Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13"),
        Entry(name: "Luật Ban hành văn bản quy phạm pháp luật", year: 2025, symbol: "64/2025/QH15",
              source: "documents.md §3.1 [S5]: Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15"),
        Entry(name: "Luật Tổ chức Chính phủ", year: 2025, symbol: "63/2025/QH15",
              source: "documents.md §7.1, TT 21/2026/TT-BCT: Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15"),
        Entry(name: "Luật Tổ chức Quốc hội", year: 2014, symbol: "57/2014/QH13",
              source: "documents.md §7.2: Luật Tổ chức Quốc hội số 57/2014/QH13"),
        Entry(name: "Luật Điện lực", year: 2024, symbol: "61/2024/QH15",
              source: "documents.md §7.1: Căn cứ Luật Điện lực số 61/2024/QH15"),
        Entry(name: "Luật Đầu tư công", year: 2014, symbol: "49/2014/QH13",
              source: "citation-records.md rule 1: Luật Đầu tư công số 49/2014/QH13"),
    ]

    /// The built-in entries by folded name and year.
    private static let builtInIndex: [String: [Entry]] = Dictionary(grouping: builtIn) {
        VietnameseKey.folded($0.name).split(separator: " ").joined(separator: " ") + "|" + String($0.year)
    }

    /// The built-in entry for a folded name (`luat dau tu cong`) and year, when exactly one fits; a name without
    /// a year never resolves here (the same name is reused for new laws).
    static func builtInSymbol(foldedName: String, year: Int?) -> String? {
        guard let year, let fits = builtInIndex[foldedName + "|" + String(year)], fits.count == 1 else { return nil }
        return fits[0].symbol
    }
}
