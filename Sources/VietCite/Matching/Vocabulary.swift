/// The words and codes citations are made of (`documents.md` §2.2, §3.3, §4.3, §4.4, §5).
enum Vocabulary {
    /// Type words, folded and without spaces (`Thôngt ư` and `Thông tư` both fold to `thongtu`), longest first.
    static let typeWords: [(folded: [UInt8], type: String)] = [
        ("chuongtrinhhanhdong", "Chương trình"), ("thongbaoketluan", "Thông báo"),
        ("thongtulientich", "Thông tư liên tịch"), ("thongtulienbo", "Thông tư liên bộ"),
        ("nghiquyetlientich", "Nghị quyết liên tịch"), ("vanbanhopnhat", "Văn bản hợp nhất"),
        ("chuongtrinh", "Chương trình"), ("nghiquyet", "Nghị quyết"), ("nghidinh", "Nghị định"),
        ("quyetdinh", "Quyết định"), ("quydinh", "Quy định"), ("chithi", "Chỉ thị"), ("ketluan", "Kết luận"),
        ("thongtu", "Thông tư"), ("thongtri", "Thông tri"), ("boluat", "Bộ luật"), ("phaplenh", "Pháp lệnh"),
        ("saclenh", "Sắc lệnh"),
        ("hienphap", "Hiến pháp"), ("kehoach", "Kế hoạch"), ("congvan", "Công văn"), ("congdien", "Công điện"),
        ("huongdan", "Hướng dẫn"), ("thongbao", "Thông báo"), ("thongcao", "Thông cáo"), ("dean", "Đề án"),
        ("baocao", "Báo cáo"), ("totrinh", "Tờ trình"), ("giayphep", "Giấy phép"), ("dieule", "Điều lệ"),
        ("quyche", "Quy chế"), ("phuongan", "Phương án"), ("quyhoach", "Quy hoạch"), ("vanban", "Văn bản"),
        ("banan", "Bản án"), ("anle", "Án lệ"), ("lenh", "Lệnh"), ("luat", "Luật"), ("giaymoi", "Giấy mời"),
        ("bienban", "Biên bản"),
        // OCR reads `l` as a capital `I` (`Kết Iuận số 16-KL/TW`, `Luật` as `Iuật`).
        ("ketiuan", "Kết luận"), ("boiuat", "Bộ luật"), ("phapienh", "Pháp lệnh"), ("iuat", "Luật"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Type words read only before `số` (`Hợp đồng số 15/2023/HĐ-XD`, `Bản ghi nhớ số 02/BGN-UBND`): the administrative
    /// types of Nghị định 30/2020/NĐ-CP (`documents.md` §2.1) that prose names without numbering them (`hợp đồng 2
    /// năm`, `giấy giới thiệu 3 bản`). Kept apart from ``typeWords``: the ending `-ng` of `đồng` would put every
    /// number after `tháng` or `trong` through the type-word check, and `số` before the number is rare.
    static let typeWordsBeforeSo: [(folded: [UInt8], type: String)] = [
        ("banthoathuan", "Bản thỏa thuận"), ("giaygioithieu", "Giấy giới thiệu"), ("giayuyquyen", "Giấy ủy quyền"),
        ("giaynghiphep", "Giấy nghỉ phép"), ("phieuchuyen", "Phiếu chuyển"), ("banghinho", "Bản ghi nhớ"),
        ("phieugui", "Phiếu gửi"), ("phieubao", "Phiếu báo"), ("hopdong", "Hợp đồng"),
    ].map { (Array($0.0.utf8), $0.1) }

    /// Types whose word is a mention only with a symbol or after `số` (`Giấy mời số 45/GM-UBND`): a number after
    /// the word alone is the prose's (`biên bản 3 trang`).
    static let symbolOnlyTypes: Set<String> = ["Giấy mời", "Biên bản"]

    /// The index of `Luật` in ``typeWords`` (compared by index in the type-word reader, not by string).
    static let lawTypeWord = typeWords.firstIndex { $0.type == "Luật" }!

    /// The type words (indices into ``typeWords``, longest first) by their last two folded letters, packed
    /// (`…quyết` → `et`), with the length of the longest: a number after a word with any other ending has no
    /// type word before it, and no more letters than that are read back.
    static let typeWordsByEnding = byEnding(typeWords)

    /// ``typeWordsBeforeSo`` by their last two folded letters, as ``typeWordsByEnding``.
    static let typeWordsBeforeSoByEnding = byEnding(typeWordsBeforeSo)

    /// The length of the longest type word that ends with each four folded letters, packed in reading order
    /// (`…dinh` → `dinh`): after the last two letters, the type-word reader reads two more and then only as many as
    /// that word has. Every type word has at least four letters.
    static let typeWordsBySuffix = bySuffix(typeWords)

    /// ``typeWordsBeforeSo`` by their last four folded letters, as ``typeWordsBySuffix``.
    static let typeWordsBeforeSoBySuffix = bySuffix(typeWordsBeforeSo)

    private static func bySuffix(_ words: [(folded: [UInt8], type: String)]) -> WordKeyTable<Int> {
        precondition(words.allSatisfy { $0.folded.count >= 4 }, "Vocabulary: a type word of fewer than four letters")
        let grouped = Dictionary(grouping: words.map(\.folded)) { word in
            word.suffix(4).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        }
        return WordKeyTable(grouped.map { suffix, words in (suffix, words.map(\.count).max()!) })
    }

    private static func byEnding(_ words: [(folded: [UInt8], type: String)])
        -> WordKeyTable<(indices: [Int], longest: Int)> {
        let grouped = Dictionary(grouping: words.indices) { index in
            let word = words[index].folded
            return UInt64(word[word.count - 2]) << 8 | UInt64(word[word.count - 1])
        }
        return WordKeyTable(grouped.map { ending, indices in
            (ending, (indices.sorted(), indices.map { words[$0].folded.count }.max()!))
        })
    }

    /// Abbreviated type words, matched as written (upper case) before a number: `NĐ 30/2020/NĐ-CP`, `NQ21`. Pages
    /// typed in haste write the unmistakable ones in lower case too (`theo nđ 100/2019`, `qđ 1234/QĐ-UBND`); not `tt`
    /// or `ct`, which are as often `thị trấn` or `công ty`.
    static let typeAbbreviations: [String: String] = [
        "NĐ": "Nghị định", "ND": "Nghị định", "QĐ": "Quyết định", "QD": "Quyết định", "NQ": "Nghị quyết",
        "TT": "Thông tư", "CT": "Chỉ thị", "KL": "Kết luận", "KH": "Kế hoạch", "HD": "Hướng dẫn",
        "TB": "Thông báo", "TTLT": "Thông tư liên tịch", "CV": "Công văn", "QĐi": "Quy định",
        "nđ": "Nghị định", "Nđ": "Nghị định", "qđ": "Quyết định", "Qđ": "Quyết định", "nq": "Nghị quyết",
    ]

    /// ``typeAbbreviations`` keyed by ``codeKey(_:)``, the packing ``Matcher/packedBytes(_:)`` gives the text.
    static let typeAbbreviationKeys = WordKeyTable(typeAbbreviations.map { (storedKey($0.key), $0.value) })

    /// Type codes inside symbols → type name (state meaning; Party `TT` is Thông tri, see ``typeName(code:party:)``).
    static let typeCodes: [String: String] = [
        "NQ": "Nghị quyết", "NĐ": "Nghị định", "QĐ": "Quyết định", "QĐi": "Quy định", "QyĐ": "Quy định",
        "CT": "Chỉ thị", "KL": "Kết luận", "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "KH": "Kế hoạch",
        "HD": "Hướng dẫn", "TB": "Thông báo", "CTr": "Chương trình", "ĐA": "Đề án", "BC": "Báo cáo",
        "TTr": "Tờ trình", "CV": "Công văn", "CĐ": "Công điện", "QC": "Quy chế", "TC": "Thông cáo",
        "PA": "Phương án", "DA": "Dự án", "BB": "Biên bản", "HĐ": "Hợp đồng", "L": "Lệnh", "PL": "Pháp lệnh",
        "VBHN": "Văn bản hợp nhất", "NQLT": "Nghị quyết liên tịch", "GM": "Giấy mời", "BS": "Bản sao",
        "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận", "GUQ": "Giấy ủy quyền", "GGT": "Giấy giới thiệu",
        "GNP": "Giấy nghỉ phép", "KHLT": "Kế hoạch", "HDLT": "Hướng dẫn", "CTLT": "Chỉ thị",
        "TTLN": "Thông tư liên tịch", "TTLB": "Thông tư liên bộ",
        "AL": "Án lệ", "GP": "Giấy phép",
    ]

    static func typeName(code: String, party: Bool) -> String? {
        if party && code == "TT" { return "Thông tri" }
        return typeCodeKeys[codeKey(code)]
    }

    /// A code's UTF-8 bytes packed big-endian into an integer, or 0 when it has more than eight (no code of the
    /// sets below is that long, so a longer one is in none of them).
    @inline(__always)
    static func codeKey(_ code: String) -> UInt64 {
        var key: UInt64 = 0
        var length = 0
        for byte in code.utf8 {
            length += 1
            if length > 8 { return 0 }
            key = key << 8 | UInt64(byte)
        }
        return key
    }

    /// The code sets keyed by ``codeKey(_:)``, for the symbol reader (`Set<String>` hashes with SipHash).
    static let typeCodeKeys = WordKeyTable(typeCodes.map { (storedKey($0.key), $0.value) })
    static let partyTypeKeys = WordKeyTable(keys: partyTypes.map(storedKey))
    static let partyIssuerKeys = WordKeyTable(keys: partyIssuers.map(storedKey))
    static let sharedIssuerKeys = WordKeyTable(keys: sharedIssuers.map(storedKey))
    /// The codes the state wrote after a dash before 2000 (`12-CP`): the Government (`CP`), the Council of Ministers
    /// (`HĐBT`), the Prime Minister (`TTg`), the Council of State (`HĐNN`), and its chairman's instructions (`CT`).
    static let dashedStateCodeKeys = WordKeyTable(keys: ["CP", "HĐBT", "TTg", "HĐNN", "CT"].map(storedKey))

    /// The type codes of the laws and ordinances numbered by the President's order before 2000 (`35-L/CTN`) and by
    /// the Council of State's before 1992 (`12-LCT/HĐNN8`).
    static let oldStatuteTypeKeys = WordKeyTable(keys: ["L", "LCT"].map(storedKey))

    private static func storedKey(_ code: String) -> UInt64 {
        let key = codeKey(code)
        precondition(key != 0, "a code of more than eight bytes cannot be stored by its packed bytes: \(code)")
        return key
    }

    /// Codes whose official spelling has lower-case letters or Đ, keyed by their upper-case, Đ→D-folded form.
    static let officialSpelling: [String: String] = {
        let official = [
            "TTg", "CTr", "TTr", "QĐi", "QyĐ", "NĐ", "QĐ", "CĐ", "HĐND", "BGDĐT", "BKHĐT", "BLĐTBXH",
            "ĐU", "BCĐ", "BCĐTW", "HĐTP", "HĐBCQG", "ĐCTUBTWMTTQVN", "UBTVQH", "TrS", "TWĐTN", "ĐUTCT", "ĐUK",
            "BĐH", "ĐHQG", "ĐĐQH",
        ]
        var result: [String: String] = [:]
        for code in official { result[foldedCode(code)] = code }
        return result
    }()

    /// The most characters an official spelling has (`ĐCTUBTWMTTQVN`, 13).
    static let longestOfficialSpelling = officialSpelling.values.map(\.unicodeScalars.count).max()!

    /// A code's official spelling, and whether it was written that way.
    struct CodeSpelling: Sendable {
        let official: String
        let isAsWritten: Bool
    }

    /// Every known code written in capitals, with `Đ` or `D` in each place its official spelling has `Đ`, and each
    /// mixed-case official spelling as it is (`TTg`), keyed by its UTF-8 bytes packed big-endian into a `UInt64`
    /// (codes of up to 8 bytes): `ND` → `NĐ` (repaired), `TTG` → `TTg` (repaired), `UBND` → `UBND`. The matcher's
    /// fast path looks a segment up here without building a string; the values are exactly what
    /// ``Matcher/officialSpelling(_:)`` returns for the key.
    static let plainCodes: WordKeyTable<CodeSpelling> = {
        var known = Set(officialSpelling.values)
        known.formUnion(typeCodes.keys)
        known.formUnion(partyIssuers)
        known.formUnion(stateIssuers)
        known.formUnion(partyTypes)
        var result: [UInt64: CodeSpelling] = [:]
        for code in known {
            // Each Đ may be written D; each other letter as its capital.
            var variants: [[UInt8]] = [[]]
            for scalar in code.unicodeScalars {
                if scalar == "Đ" || scalar == "đ" {
                    variants = variants.flatMap { [$0 + [0xC4, 0x90], $0 + [0x44]] }
                } else {
                    let byte = UInt8(truncatingIfNeeded: scalar.value)
                    let capital = !scalar.isASCII ? Array(String(scalar).uppercased().utf8)
                        : [byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte]
                    for index in variants.indices { variants[index] += capital }
                }
            }
            // The variants differ only in `Đ` and `D`, which the table of official spellings folds alike: when it
            // holds the code, every variant has that spelling (what ``Matcher/officialSpelling(_:)`` returns).
            let shared = officialSpelling[foldedCode(code)]
            for written in variants where written.count <= 8 {
                let string = String(decoding: written, as: UTF8.self)
                let official = shared ?? Matcher.officialSpelling(string)
                let key = written.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                result[key] = CodeSpelling(official: official, isAsWritten: official == string)
            }
        }
        // The mixed-case official spellings as written (`TTg`, `QĐi`), so the fast path reads them too.
        for official in officialSpelling.values where official.utf8.count <= 8 {
            let key = official.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            result[key] = CodeSpelling(official: official, isAsWritten: true)
        }
        return WordKeyTable(result.map { ($0.key, $0.value) })
    }()

    /// Upper case with Đ → D: the key under which a code is looked up whatever its spelling.
    static func foldedCode(_ code: String) -> String {
        if let folded = asciiUppercased(code, dLetter: 0x44) { return folded }
        return String(String.UnicodeScalarView(code.uppercased().unicodeScalars.map { $0 == "Đ" ? "D" : $0 }))
    }

    /// A code in upper case: `String.uppercased()` but for the codes of ASCII letters, digits and `đ` that symbols
    /// are written in, which are read byte by byte (the tables of codes are built from thousands of spellings).
    static func upperCode(_ code: String) -> String {
        asciiUppercased(code, dLetter: nil) ?? code.uppercased()
    }

    /// `code` in upper case when it holds only ASCII, `Đ` and `đ`, with each `Đ` and `đ` written `Đ` (or the ASCII
    /// letter `dLetter`); nil for any other letter.
    private static func asciiUppercased(_ code: String, dLetter: UInt8?) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(code.utf8.count)
        var utf8 = code.utf8.makeIterator()
        while let byte = utf8.next() {
            if byte < 0x80 {
                bytes.append(byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte)
            } else if byte == 0xC4, let second = utf8.next(), second == 0x90 || second == 0x91 {
                if let dLetter { bytes.append(dLetter) } else { bytes.append(contentsOf: [0xC4, 0x90]) }
            } else {
                return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Issuer codes of Party bodies (`documents.md` §4.4): a symbol `N/CT-TW` with one of these is Party.
    static let partyIssuers: Set<String> = [
        "TW", "VPTW", "BTCTW", "BTGTW", "BTGDVTW", "BDVTW", "UBKTTW", "UBKTTU", "BCĐTW", "QUTW", "TU", "HU", "QU",
        "ĐU", "BCSĐ", "BDVTU", "BTGTU", "BTCTU", "ĐUK", "TUBT", "ĐUTCT", "TWĐTN", "BCĐ", "CB", "ĐĐQH", "BNCTW",
        "UBKTHU", "BDVHU", "BTGHU", "BTCHU", "VPTU", "BNCTU", "ĐUQĐTW", "ĐUCA",
    ]

    /// Codes that Party and state bodies both use (a *ban chỉ đạo*, `BCĐ`; `CB`): `01/KH-BCĐ` is a state
    /// symbol as written, not a Party one in the wrong order.
    static let sharedIssuers: Set<String> = ["BCĐ", "CB"]

    /// State issuer codes (for restoring a missing hyphen: `NĐCP` → `NĐ-CP`).
    static let stateIssuers: Set<String> = [
        "CP", "TTg", "UBND", "HĐND", "BTC", "BCA", "BQP", "BNG", "BNV", "BTP", "BCT", "BXD", "BYT", "BGDĐT", "BKHĐT",
        "BLĐTBXH", "BGTVT", "BTNMT", "BNNPTNT", "BTTTT", "BKHCN", "BVHTTDL", "NHNN", "TTCP", "VPCP", "TANDTC",
        "VKSNDTC", "KTNN", "CTN", "BNNMT", "BDTTG", "UBDT", "HĐTP",
    ]

    /// Party type codes (the part before `/` in `N-TYPE/ISSUER`).
    static let partyTypes: Set<String> = [
        "NQ", "QĐ", "QĐi", "CT", "KL", "HD", "TB", "KH", "CTr", "CV", "BS", "BC", "TTr", "QC", "TT", "ĐA", "PA", "BB",
        "QyĐ", "TC", "TTLT", "NQLT", "HDLT", "KHLT", "CTLT",
    ]
}


/// Folded words as the integers ``Matcher/wordKey(_:)`` gives (`"ban"` → `0x62616E`).
enum WordKey {
    static func of(_ folded: String) -> UInt64 {
        precondition(folded.utf8.count <= 8)
        return folded.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    // Written out as integers (the bytes of the folded word, big-endian): a constant initializer needs no lazy
    // initialization check where it is read, and the issuer reader reads these once per word.
    static let ban: UInt64 = 0x62616E  // "ban"
    static let ve: UInt64 = 0x7665  // "ve"
    static let va: UInt64 = 0x7661  // "va"
    static let giam: UInt64 = 0x6769616D  // "giam"
    static let doc: UInt64 = 0x646F63  // "doc"
    static let hoi: UInt64 = 0x686F69  // "hoi"
    static let cua: UInt64 = 0x637561  // "cua"
    static let thu: UInt64 = 0x746875  // "thu"
    static let bo: UInt64 = 0x626F  // "bo"
    static let nghi: UInt64 = 0x6E676869  // "nghi"
    static let bi: UInt64 = 0x6269  // "bi"
    static let truong: UInt64 = 0x7472756F6E67  // "truong"
    static let phong: UInt64 = 0x70686F6E67  // "phong"
    static let khoa: UInt64 = 0x6B686F61  // "khoa"
    static let dong: UInt64 = 0x646F6E67  // "dong"
    static let chi: UInt64 = 0x636869  // "chi"
    static let tri: UInt64 = 0x747269  // "tri"
    static let ho: UInt64 = 0x686F  // "ho"
    static let quy: UInt64 = 0x717579  // "quy"
    static let huong: UInt64 = 0x68756F6E67  // "huong"
    static let sua: UInt64 = 0x737561  // "sua"
    static let phe: UInt64 = 0x706865  // "phe"
    static let nam: UInt64 = 0x6E616D  // "nam"
    static let ngay: UInt64 = 0x6E676179  // "ngay"
    static let dai: UInt64 = 0x646169  // "dai"
    static let lan: UInt64 = 0x6C616E  // "lan"
    static let quan: UInt64 = 0x7175616E  // "quan"
    static let phuong: UInt64 = 0x7068756F6E67  // "phuong"
    static let tp: UInt64 = 0x7470  // "tp"
    static let tx: UInt64 = 0x7478  // "tx"
    static let dao: UInt64 = 0x64616F  // "dao"
    static let da: UInt64 = 0x6461  // "da"
    static let duoc: UInt64 = 0x64756F63  // "duoc"
    static let noi: UInt64 = 0x6E6F69  // "noi"
    static let can: UInt64 = 0x63616E  // "can"
    static let uy: UInt64 = 0x7579  // "uy"
    static let dang: UInt64 = 0x64616E67  // "dang"
    static let quoc: UInt64 = 0x71756F63  // "quoc"
    static let chinh: UInt64 = 0x6368696E68  // "chinh"
    static let tuong: UInt64 = 0x74756F6E67  // "tuong"
    static let khu: UInt64 = 0x6B6875  // "khu"
    static let luc: UInt64 = 0x6C7563  // "luc"
    static let so: UInt64 = 0x736F  // "so"
    static let trai: UInt64 = 0x74726169  // "trai"
    // The words that propose, plan or assign an act (``Matcher/proposesAct(before:assigned:)``).
    static let se: UInt64 = 0x7365  // "se"
    static let giao: UInt64 = 0x6769616F  // "giao"
    static let de: UInt64 = 0x6465  // "de"
    static let kien: UInt64 = 0x6B69656E  // "kien"
    static let xuat: UInt64 = 0x78756174  // "xuat"
    static let nghien: UInt64 = 0x6E676869656E  // "nghien"
    static let cuu: UInt64 = 0x637575  // "cuu"
    static let xem: UInt64 = 0x78656D  // "xem"
    static let xet: UInt64 = 0x786574  // "xet"
    static let du: UInt64 = 0x6475  // "du"
    static let tham: UInt64 = 0x7468616D  // "tham"
    static let muu: UInt64 = 0x6D7575  // "muu"
    static let chu: UInt64 = 0x636875  // "chu"
    static let phoi: UInt64 = 0x70686F69  // "phoi"
    static let hop: UInt64 = 0x686F70  // "hop"
    static let thong: UInt64 = 0x74686F6E67  // "thong"
    static let qua: UInt64 = 0x717561  // "qua"

    /// The written-out keys with the words they stand for, to check them against ``of(_:)``.
    static let written: [(word: String, key: UInt64)] = [
        ("ban", ban), ("ve", ve), ("va", va), ("giam", giam), ("doc", doc), ("hoi", hoi), ("cua", cua), ("thu", thu),
        ("bo", bo), ("nghi", nghi), ("bi", bi), ("truong", truong), ("khoa", khoa), ("dong", dong), ("chi", chi),
        ("tri", tri), ("ho", ho), ("quy", quy), ("huong", huong), ("sua", sua), ("phe", phe),
        ("nam", nam), ("ngay", ngay), ("dai", dai), ("lan", lan), ("quan", quan),
        ("phuong", phuong), ("tp", tp), ("tx", tx), ("dao", dao), ("da", da), ("duoc", duoc), ("noi", noi),
        ("can", can), ("uy", uy), ("dang", dang), ("quoc", quoc), ("chinh", chinh), ("tuong", tuong),
        ("khu", khu), ("luc", luc), ("so", so), ("trai", trai), ("se", se), ("giao", giao), ("de", de), ("kien", kien),
        ("xuat", xuat), ("nghien", nghien), ("cuu", cuu), ("xem", xem), ("xet", xet), ("du", du), ("tham", tham),
        ("muu", muu), ("chu", chu), ("phoi", phoi), ("hop", hop), ("thong", thong), ("qua", qua),
    ]
}

/// The word keys written out as integers in ``WordKey``, checked against the words they stand for.
@_spi(Stages) public enum WordKeys {
    /// The words whose written-out key is not ``WordKey/of(_:)`` of the word: none while the constants are right.
    public static func disagreements() -> [String] {
        WordKey.written.filter { WordKey.of($0.word) != $0.key }.map(\.word)
    }
}

extension Vocabulary {
    /// Lower-case words that may stand inside an issuer phrase (folded, as word keys): `Ban chấp hành trung ương`,
    /// `tỉnh ủy`.
    static let issuerWordKeys = WordKeyTable(keys: [
        "ban", "bo", "chinh", "tri", "bi", "thu", "chap", "hanh", "trung", "uong", "dang", "uy", "nhan", "dan",
        "tinh", "thanh", "pho", "phuong", "xa", "huyen", "quan", "thi", "thuong", "vu", "chi", "dao", "van", "to",
        "chuc", "tuyen", "giao", "kiem", "tra", "quoc", "hoi", "phu", "tuong", "ubnd", "hdnd", "mat", "tran", "doan",
        "chu", "tich", "nuoc", "phong", "toa", "an", "vien", "sat", "toi", "cao", "dong", "su", "bch", "btv",
        "thuong", "truc", "can", "lien", "nganh", "truong", "cuc", "dai", "bieu", "toan", "toc", "cong", "hoc", "huy",
        "hang", "ngan", "doc", "thong", "lao", "nong", "thon", "ly", "du", "te", "ke", "tan", "lam", "chien", "binh",
        "sach", "duc", "tao", "cap", "tai", "dung", "phap", "nguyen", "nghiep", "hoach", "nghe", "tin", "hoa", "tu",
        "dac", "khu", "co", "ty", "phan", "khoa", "lenh", "vuc", "ky", "soat", "benh", "tat", "nhanh", "hinh", "dat",
        "tac",
    ].map(WordKey.of))

    /// The first words of the names of bodies and of those who sign for them, as word keys: the subject of `… có
    /// Công văn số …` must open with one (``Matcher/issuerBefore(_:after:allowsHas:)``). Ministries, departments,
    /// offices, councils, committees, courts, the Party's committees, banks and firms, and the titles of their heads.
    static let bodyHeadKeys = WordKeyTable(keys: [
        "bo", "so", "uy", "van", "thu", "pho", "chinh", "quoc", "tinh", "thanh", "huyen", "dang", "ban", "cuc", "tong",
        "toa", "vien", "hoi", "ngan", "kho", "bao", "kiem", "phong", "chu", "cong", "mat", "lien", "tap", "truong",
        "giam", "doan", "chi", "trung", "thi", "xa", "phuong", "quan", "dai", "hoc", "benh", "nha",
    ].map(WordKey.of))

    /// Words that name a local body in an issuer (`tỉnh`, `huyện`, `xã`, `phường`, `thành` of `Thành ủy`, `nhân` of
    /// `Hội đồng nhân dân`, `HĐND`), as word keys.
    static let localBodyKeys = WordKeyTable(keys: ["tinh", "huyen", "xa", "phuong", "thanh", "nhan", "hdnd", "quan"]
        .map(WordKey.of))

    /// Lower-case words of issuers that stand on their own after any word of the name: the levels of government
    /// and the Party's committees (`UBND tỉnh`, `Đảng ủy xã`, `HĐND huyện`).
    static let issuerLevelKeys = WordKeyTable(keys: [
        "tinh", "huyen", "xa", "phuong", "quan", "uy", "ubnd", "hdnd", "bch", "btv", "thon",
    ].map(WordKey.of))

    /// Lower-case words of issuers that open two-word names, with the words that may follow them: `thị` of `thị xã`
    /// (not `thí điểm`), `thành` of `thành phố`, `trung` of `trung ương`, `nhân` of `nhân dân`.
    static let issuerOpenerKeys = WordKeyTable([
        ("thi", ["xa", "tran", "uy", "truong"]), ("thanh", ["pho", "uy", "vien"]), ("trung", ["uong"]),
        ("nhan", ["dan"]),
        ("thuong", ["vu", "truc"]), ("lien", ["nganh", "doan"]), ("quoc", ["hoi"]), ("mat", ["tran"]),
        ("toa", ["an"]), ("vien", ["kiem"]), ("chu", ["tich"]), ("thu", ["tuong"]),
        // `Tòa án nhân dân cấp cao tại Hà Nội`, `UBND cấp tỉnh`; not the verb (`Ủy ban nhân dân cấp giấy phép`).
        ("cap", ["cao", "tinh", "huyen", "xa"]),
        // `đặc khu`, a special zone at the level of a commune since 2025 (`Ủy ban nhân dân đặc khu Phú Quốc`).
        ("dac", ["khu"]),
        // A company and its bodies: `Đại hội đồng cổ đông`, `Hội đồng thành viên`, `Công ty cổ phần`.
        ("co", ["dong", "phan"]),
    ].map { (WordKey.of($0.0), $0.1.map(WordKey.of)) })

    /// Lower-case words of issuers that continue only the word before them, with those words: `chấp` after `Ban`,
    /// `trưởng` after `Bộ`, `dân` after `nhân`. Any other lower-case word after an issuer's name opens what follows it
    /// (`của Quốc hội giao Chính phủ`, `của UBND tỉnh tổ chức thực hiện`, `của Bộ Chính trị chỉ đạo`).
    static let issuerFollowerKeys = WordKeyTable([
        ("chap", ["ban"]), ("hanh", ["chap"]), ("uong", ["trung"]), ("vu", ["thuong", "noi", "ngoai"]),
        ("truc", ["thuong"]),
        ("chi", ["ban", "dong"]), ("dao", ["chi"]), ("to", ["ban"]), ("chuc", ["to"]), ("tuyen", ["ban"]),
        ("giao", ["tuyen"]), ("kiem", ["ban", "vien", "uy"]), ("tra", ["kiem", "thanh"]), ("sat", ["kiem"]),
        ("can", ["ban"]),
        ("su", ["can", "quan"]), ("dang", ["su", "hanh", "uong"]), ("dan", ["nhan", "ban", "nong"]),
        ("van", ["dan", "chanh"]), ("phong", ["van"]), ("bi", ["ban"]), ("thu", ["bi"]),
        // `Sở Tài chính`, `Cục Kiểm soát thủ tục hành chính`.
        ("chinh", ["bo", "tai", "hanh"]), ("tri", ["chinh", "quan"]), ("phu", ["chinh"]),
        ("hoi", ["quoc", "dai", "xa"]),
        ("tich", ["chu"]), ("nuoc", ["tich"]),
        ("tuong", ["thu"]), ("an", ["toa", "cong", "du"]), ("toi", ["dan"]), ("cao", ["toi", "cap"]),
        ("tran", ["mat", "thi"]),
        ("pho", ["thanh"]), ("doan", ["dang", "lien"]), ("nganh", ["lien"]), ("dong", ["hoi", "lao", "co"]),
        ("ban", ["uy"]),
        ("bo", ["dang", "chi"]), ("truong", ["bo", "thu", "thi", "moi", "cuc"]), ("cuc", ["tong"]),
        ("phong", ["truong"]),
        ("nhan", ["dong", "ban", "an", "sat"]), ("dai", ["hoi"]), ("bieu", ["dai"]), ("toan", ["bieu"]),
        ("quoc", ["toan", "to"]), ("toc", ["dan"]), ("hoc", ["dai", "khoa"]), ("huy", ["chi"]), ("hang", ["ngan"]),
        ("doc", ["thong"]), ("ly", ["quan"]), ("du", ["ly"]), ("te", ["kinh", "y"]), ("ke", ["thong"]),
        ("tan", ["thong"]), ("lam", ["han"]), ("chien", ["cuu"]), ("binh", ["chien"]), ("sach", ["chinh"]),
        ("duc", ["giao"]), ("tao", ["dao"]), ("khu", ["dac", "quan", "thue"]),
        ("vien", ["thanh"]), ("ty", ["cong"]), ("phan", ["co"]),
        // `Trường Đại học Bách khoa`, `Bộ Tư lệnh Quân khu 7`, `Tổ công tác`.
        ("khoa", ["bach"]), ("lenh", ["tu"]), ("cong", ["to"]), ("tac", ["cong"]),
        // `Chi cục Thuế khu vực`.
        ("vuc", ["khu"]),
        // The second syllables of the words of units' names, which only their first writes in capitals: `Bộ đội
        // Biên phòng`, `Bệnh viện Đa khoa`, `Văn phòng Đăng ký đất đai`, `Đài Phát thanh`, `Trung tâm Phục vụ hành
        // chính công`, `Ban Tiếp công dân`, `Trung tâm Kiểm soát bệnh tật`, `Chi nhánh`, `Truyền hình`.
        ("phong", ["bien"]), ("khoa", ["da"]), ("dang", ["phong"]), ("ky", ["dang"]), ("dat", ["ky"]), ("dai", ["dat"]),
        ("thanh", ["phat"]), ("vu", ["phuc"]), ("hanh", ["vu"]), ("cong", ["tiep", "chinh"]), ("dan", ["cong"]),
        ("soat", ["kiem"]), ("benh", ["soat"]), ("tat", ["benh"]), ("nhanh", ["chi"]), ("hinh", ["truyen"]),
        // The second words of ministries and departments, read where no known unit name holds them (`liên ngành Tài
        // chính - Xây dựng`, `liên Sở Tư pháp - Nội vụ`).
        ("tai", ["cao", "van"]), ("dung", ["xay"]), ("phap", ["tu"]), ("nguyen", ["tai"]), ("nghiep", ["nong", "cong"]),
        ("hoach", ["ke"]), ("nghe", ["cong"]), ("tin", ["thong"]), ("hoa", ["van"]), ("tu", ["dau"]),
        ("thuong", ["cong"]), ("thong", ["giao", "truyen"]),
    ].reduce(into: [UInt64: [UInt64]]()) { table, entry in
        // A word written twice (`phong`: `Văn phòng`, `Trưởng phòng`) follows each word it is written with.
        table[WordKey.of(entry.0), default: []] += entry.1.map(WordKey.of)
    }.map { ($0.key, $0.value) })

    /// Words a number counts after a type word (`kế hoạch 5 năm`, `Quyết định 2 lần`, `Báo cáo 3 kỳ`, `Văn bản 2 bên`):
    /// units of time, of money, of people and places, and the nouns of a plan's content, lower case, in NFC, as
    /// written (a word that folds alike may follow a short form: `Nghị quyết 57 lan tỏa`, `Quyết định 290 quy định`).
    static let countedWords: Set<[UInt8]> = Set([
        "năm", "ngày", "lần", "tháng", "kỳ", "bên", "người", "triệu", "tỷ", "giờ", "tuần", "quý", "nhóm", "loại",
        "nhiệm", "giai", "bước", "trang", "tập", "hộ", "xã", "nội", "lĩnh", "đơn", "phút", "tiêu", "nguồn",
        // People and topics counted (`Hướng dẫn 100 học sinh`, `Kết luận 3 vấn đề`, `20 cán bộ`, `50 sinh viên`).
        "học", "vấn", "cán", "sinh",
    ].map { Array($0.utf8) })

    /// The two words of issuers' names that a line break may part, in order (`Chính⏎phủ`), as word keys.
    static let issuerWordPairs: [(UInt64, UInt64)] = [
        ("chinh", "phu"), ("uy", "ban"), ("nhan", "dan"), ("chap", "hanh"), ("trung", "uong"), ("bi", "thu"),
        ("chinh", "tri"), ("quoc", "hoi"), ("thu", "tuong"), ("chu", "tich"), ("hoi", "dong"), ("thuong", "vu"),
        ("tinh", "uy"), ("thanh", "uy"), ("huyen", "uy"), ("toa", "an"), ("kiem", "sat"), ("mat", "tran"),
        // Between the names' words, as a title in capitals wraps them (`CỦA BỘ⏎CHÍNH TRỊ`, `BAN⏎BÍ THƯ`).
        ("bo", "chinh"), ("ban", "bi"), ("ban", "chap"), ("ban", "thuong"),
    ].map { (WordKey.of($0.0), WordKey.of($0.1)) }

    /// Words that end an issuer phrase (the subject and the rest of the sentence), as word keys.
    static let issuerStopKeys = WordKeyTable(keys: [
        "ve", "va", "voi", "cua", "trong", "tai", "theo", "nham", "de", "la", "da", "duoc", "khoa", "dot", "nam",
        "ngay", "so", "lan", "qua", "sau", "truoc", "cho", "tu", "den", "can", "cu", "quy", "dinh",
        // `của Bộ Tài chính gửi Thủ tướng Chính phủ`: the addressee is no part of the name.
        "gui",
    ].map(WordKey.of))
}
