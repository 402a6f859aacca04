import Testing
import VietCite

/// Typed relations (`documents.md` §7.4) from the sentence a mention stands in, with the trigger as written.
@Suite("Relations")
struct RelationTests {
    static let rows: [(String, [Relation], [String?])] = [
        ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
         [.basis], ["Căn cứ"]),
        ("Cǎn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 nǎm 2015;", [.basis], ["Cǎn cứ"]),
        ("Cän cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 näm 2015;", [.basis], ["Cän cứ"]),
        ("Căn cứ Luật Xây dựng ngày 18/6/2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17/6/2020;",
         [.basis, .basis], ["Căn cứ", "Căn cứ"]),
        ("Căn cứ Luật Điện lực số 61/2024/QH15 được sửa đổi, bổ sung bởi Luật số 94/2025/QH15;",
         [.basis, .basis], ["Căn cứ", "Căn cứ"]),
        ("Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư, Chỉ thị số 16/CT-TTg, UBND tỉnh",
         [.implements, .implements], ["Thực hiện", "Thực hiện"]),
        ("Quyết định này thay thế Quyết định số 15/QĐ-UBND ngày 02/01/2020.", [.replaces], ["thay thế"]),
        ("Bãi bỏ Quyết định số 15/QĐ-UBND và Quyết định số 16/QĐ-UBND.", [.repeals, .repeals], ["Bãi bỏ", "Bãi bỏ"]),
        ("Nghị định này sửa đổi, bổ sung một số điều của Nghị định số 15/2020/NĐ-CP.", [.amends], ["sửa đổi, bổ sung"]),
        ("Nghị định này quy định chi tiết Luật Đất đai năm 2024.", [.details], ["quy định chi tiết"]),
        ("Ban hành kèm theo Quyết định số 15/QĐ-BNV ngày 02/01/2020", [.annexOf], ["Ban hành kèm theo"]),
        ("Điều 1. Tạm ngưng hiệu lực Nghị quyết số 12/2024/NQ-HĐND ngày 1/1/2024 của HĐND huyện.", [.suspendsEffect],
         ["Tạm ngưng hiệu lực"]),
        ("Nghị quyết này giải thích khoản 3 Điều 5 Luật Đất đai năm 2013.", [.interprets], ["giải thích"]),
        // `Thi hành` that opens its sentence, or follows the `Để` that does, implements; not the effect of a
        // document, nor a part of another act.
        ("Thi hành Nghị quyết số 306-NQ/TW ngày 8-4-1986 của Bộ Chính trị;\nĐể thi hành Luật Đất đai năm 2024, Chính "
            + "phủ ban hành;\nNghị định này có hiệu lực thi hành từ ngày ký, thay thế Quyết định số 12/QĐ-UBND.\n"
            + "Nghị định số 43/2014/NĐ-CP quy định chi tiết thi hành một số điều của Luật Đất đai.",
         [.implements, .implements, .replaces, .reference, .reference],
         ["Thi hành", "thi hành", "thay thế", nil, nil]),
        // On a page no header names, a mention that opens its sentence is the one that replaces; the page replaces
        // nothing. A sentence that opens otherwise keeps the page's act.
        ("Nghị định 168 có hiệu lực từ ngày 01/01/2025, thay thế Nghị định 100/2019/NĐ-CP và Nghị định 123/2021/NĐ-CP."
            + "\nQuyết định này thay thế Quyết định số 25/2019/QĐ-UBND.",
         [.reference, .reference, .reference, .replaces], [nil, nil, nil, "thay thế"]),
        // A law whose entry into force the sentence tells replaces, not the page (a Q&A answer).
        ("Mức hưởng tính theo Điều 66 Luật Bảo hiểm xã hội năm 2024 (Luật số 41/2024/QH15), có hiệu lực từ 1/7/2025, "
            + "thay thế Luật BHXH 2014.", [.reference, .reference, .reference], [nil, nil, nil]),
        // `hướng dẫn tại …` is the guidance the mention gives; `hướng dẫn thi hành …` guides.
        ("Về cách tính: áp dụng hướng dẫn tại Thông tư số 01/2025/TT-BNV ngày 17/01/2025 và Công văn số 1052/BNV-TCBC."
            + "\nBộ ban hành Thông tư hướng dẫn thi hành Nghị định số 178/2024/NĐ-CP.",
         [.reference, .reference, .guides], [nil, nil, "hướng dẫn thi hành"]),
        // A news headline tells what the decree the page names as issued does; a decree's own promulgation line after
        // its basis keeps the decree's act.
        ("Chính phủ ban hành Nghị định quy định chi tiết Luật Đất đai\nNgày 30/7/2024, Chính phủ ban hành Nghị định số "
            + "102/2024/NĐ-CP.", [.reference, .reference], [nil, nil]),
        ("Căn cứ Luật Đất đai số 31/2024/QH15;\nChính phủ ban hành Nghị định quy định chi tiết Luật Đất đai.",
         [.basis, .details], ["Căn cứ", "quy định chi tiết"]),
        // An act done by the mention's rule (`… theo <mention>`) neither implements nor guides it; `thực hiện` right
        // before the mention, or before a name the mention issued, still implements.
        ("1. Người nộp thuế thực hiện đăng ký theo Mẫu số 01 Phụ lục IA ban hành kèm theo Nghị định số "
            + "123/2020/NĐ-CP.\nBan Tuyên giáo hướng dẫn quán triệt theo Hướng dẫn số 15-HD/BTGTW.\nNăm qua, thực hiện "
            + "Quy chế dân vận theo Quyết định số 1899-QĐ/TU.\nTỉnh ủy tiếp tục thực hiện theo Kế hoạch số 12-KH/TU.",
         [.reference, .reference, .implements, .implements], [nil, nil, "thực hiện", "thực hiện"]),
        // The Assembly's review line names what it reviewed; a proposal may open with `Trên cơ sở`, and a review
        // inside a sentence (`đã xem xét`) is prose.
        ("Trên cơ sở xem xét các Tờ trình số 82/TTr-CP ngày 05/3/2024 của Chính phủ, Báo cáo thẩm tra số "
            + "2645/BC-UBKT15 ngày 10/3/2024;\nTrên cơ sở đề nghị của Sở Nội vụ tại Tờ trình số 12/TTr-SNV;\n"
            + "Hội đồng đã xem xét Tờ trình số 15/TTr-UBND.", [.review, .review, .proposal, .reference],
         ["Trên cơ sở xem xét", "Trên cơ sở xem xét", "Trên cơ sở đề nghị", nil]),
        // The President's order promulgates a law; a company's disclosure under a circular promulgates nothing,
        // and `công bố Luật` is no `Bộ luật`.
        ("LỆNH\nVề việc công bố Luật\nNay công bố:\nLuật Đầu tư công đã được Quốc hội thông qua.\nCông bố thông tin "
            + "theo Thông tư 96/2020/TT-BTC.", [.promulgates, .reference], ["Nay công bố", nil]),
        // A line after a basis that states its own relation after its list is no member of the basis.
        ("Căn cứ Nghị định số 15/2020/NĐ-CP ngày 3/2/2020 của Chính phủ;\nCác Thông tư số 01/2024/TT-BTC, "
            + "02/2024/TT-BTC đã hết hiệu lực.\nLuật Đất đai;", [.basis, .reference, .reference, .reference],
         ["Căn cứ", nil, nil, nil]),
        // Documents named by their genre alone (`các văn bản hướng dẫn …`) guide; the text itself does not.
        ("Tỉnh đã ban hành 45 quyết định và các văn bản hướng dẫn Luật Đầu tư năm 2020.\nThông tư này hướng dẫn Luật "
            + "Đầu tư năm 2020.", [.reference, .guides], [nil, "hướng dẫn"]),
        // Items that open with their labels under a line that ends with `:` share its relation, subject and all; a
        // mention inside an item's subject (`… thi hành Luật Đất đai;`) is a plain reference and hands nothing on.
        ("2. Các Nghị định sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:\na) Nghị định số "
            + "43/2014/NĐ-CP ngày 15/5/2014 quy định chi tiết thi hành Luật Đất đai;\nb) Nghị định số 01/2017/NĐ-CP "
            + "sửa đổi, bổ sung các nghị định quy định chi tiết thi hành Luật Đất đai;\nc) Điều 2 Nghị định số "
            + "148/2020/NĐ-CP của Chính phủ;",
         [.ends, .reference, .ends, .reference, .ends], ["hết hiệu lực", nil, "hết hiệu lực", nil, "hết hiệu lực"]),
        // A procedure that follows a rule of the mention implements nothing; a plan followed, or the words that open
        // the sentence, do; so does a rule that is the mention itself (`theo Quy định 22-QĐ/TW`).
        ("Hồ sơ đã nộp thì tiếp tục thực hiện theo quy định tại Nghị định số 152/2020/NĐ-CP. Tờ khai thực hiện theo "
            + "mẫu ban hành kèm theo Thông tư số 80/2021/TT-BTC. Tiếp tục thực hiện theo Hướng dẫn số 27-HD/BTGTW. "
            + "Thực hiện theo quy định tại Kế hoạch số 12/KH-UBND, UBND xã báo cáo. Mẫu báo cáo thực hiện theo Phụ "
            + "lục ban hành kèm theo Thông tư số 14/2024/TT-BCT. Công tác kiểm tra thực hiện theo Quy định 22-QĐ/TW.",
         [.reference, .reference, .implements, .implements, .reference, .implements],
         [nil, nil, "thực hiện", "Thực hiện", nil, "thực hiện"]),
        // `đúng` stands for `theo` or after it, and the rule stays generic; a rule named after `đúng` is implemented.
        ("UBND huyện thực hiện theo đúng quy định tại Điều 76 Luật Đất đai năm 2024. Cơ quan thuế thực hiện đúng quy "
            + "định tại Thông tư số 80/2021/TT-BTC. Các sở thực hiện đúng Chỉ thị số 35-CT/TW.",
         [.reference, .reference, .implements], [nil, nil, "thực hiện"]),
        // An act with an object of its own before `theo` does not act on the mention it follows; in the passive the
        // mention after `theo` amends, as the chain of the mention before tells.
        ("2. Rà soát, sửa đổi Quy chế làm việc theo Quy định số 24-QĐ/TW và Hướng dẫn 06-HD/TW. Sửa đổi, bổ sung Quyết "
            + "định số 12/2020/QĐ-UBND theo Nghị định số 10/2024/NĐ-CP. Căn cứ Luật số 80/2015/QH13 đã được sửa đổi, "
            + "bổ sung một số điều theo Luật số 63/2020/QH14; Bãi bỏ theo Quyết định số 5/2021/QĐ-UBND.",
         [.reference, .reference, .amends, .reference, .basis, .basis, .repeals],
         [nil, nil, "Sửa đổi, bổ sung", nil, "Căn cứ", "Căn cứ", "Bãi bỏ"]),
        // A document restated in parentheses right after its mention is in the same relation; one named after other
        // words in the parentheses is not.
        ("Căn cứ Luật Tổ chức chính quyền địa phương (Luật số 77/2015/QH13); Bãi bỏ Quyết định 12 ( Quyết định số "
            + "12/2020/QĐ-UBND). Bãi bỏ Quyết định số 13/QĐ-UBND (thay cho Quyết định số 9/QĐ-UBND).",
         [.basis, .basis, .repeals, .repeals, .repeals, .reference],
         ["Căn cứ", "Căn cứ", "Bãi bỏ", "Bãi bỏ", "Bãi bỏ", nil]),
        // Nor does an act on an object measured against the mention (`trái với`, `trái`, `phù hợp với`).
        ("Rà soát, bãi bỏ các văn bản trái với Thông tư 29/2024/TT-BGDĐT. Sửa đổi các quy định không phù hợp với Nghị "
            + "định số 15/2020/NĐ-CP. Bãi bỏ các quyết định trái Luật Đất đai năm 2024. Bãi bỏ Quyết định số "
            + "5/QĐ-UBND.",
         [.reference, .reference, .reference, .repeals], [nil, nil, nil, "Bãi bỏ"]),
        // Nor does an act whose object is the citing document itself, unless the mention joins it in a list.
        ("Giao Công an huyện phối hợp thực hiện theo Kế hoạch này và báo cáo kết quả về UBND huyện trước ngày "
            + "15/12/2024 để tổng hợp, báo cáo theo quy định tại Công văn số 512/UBND-ĐT ngày 01/02/2024. Các xã tổ "
            + "chức thực hiện Kế hoạch này và Kế hoạch số 60/KH-UBND.",
         [.reference, .implements], [nil, "thực hiện"]),
        // The items of a list after a trigger's `:` take it, however long their pinpoints.
        ("2. Nghị định này bãi bỏ các quy định sau đây:\na) Các điều "
            + (1...81).map(String.init).joined(separator: ", ") + " và 82 của Nghị định số 100/2019/NĐ-CP;\n"
            + "b) Khoản 1, khoản 2 Điều 2 Nghị định số 123/2021/NĐ-CP.",
         [.repeals, .repeals], ["bãi bỏ", "bãi bỏ"]),
        // A trigger inside the quotation its mention stands in is the quoted text's (an amendment's new text, words
        // a page quotes); one before a quotation, or after it closed, is the document's, and so is one after a mark
        // inside a sentence (a closing mark written after a space reads as an opening one).
        ("Điều 2. Khoản 3 Điều 5 Nghị định số 47/2021/NĐ-CP được sửa đổi như sau:\n“3. Doanh nghiệp đăng ký theo mẫu.\n"
            + "Doanh nghiệp thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022.”\nĐiều 3. Thực hiện Kế hoạch \"Năm dân "
            + "vận khéo\" và Nghị quyết số 12-NQ/TU ngày 5/5/2021.\nÔng A nói: \"Chúng tôi thực hiện Nghị quyết 57\". "
            + "Thay thế Thông tư số 12/2020/TT-BTC. Triển khai Kế hoạch \"Dân vận khéo \" thực hiện Nghị quyết số "
            + "13-NQ/TU.",
         [.amends, .reference, .implements, .reference, .replaces, .implements],
         ["được sửa đổi", nil, "Thực hiện", nil, "Thay thế", "thực hiện"]),
        // A verb left without an object by a comma reaches no mention of the clauses after it.
        ("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ Tài chính theo Văn bản hợp nhất số "
            + "05/VBHN-BTC. Thực hiện Kế hoạch số 12/KH-UBND, các sở báo cáo.", [.reference, .implements],
         [nil, "Thực hiện"]),
        // Where a common word folds as a trigger's first word does, one written with another tone is that word
        // (`định` is no `đình` nor `đính`, `Bài bố` no `Bãi bỏ`); one written without tones (`DINH CHI`) is the
        // trigger, and so is another trigger's misspelling (`Sữa đổi`). `Nay công bố` opens its sentence.
        ("Bộ Xây dựng quy định chi phí theo Nghị định số 10/2021/NĐ-CP. Tòa án quyết định chi trả theo Bộ luật Dân sự "
            + "2015. Nghị định quy định chính sách hỗ trợ theo Luật Đầu tư 2020. Đính chính Thông tư số 05/2024/TT-BTC "
            + "như sau. DINH CHI Quyet dinh so 15/QD-UBND. Bài bố cáo theo Quyết định 12/QĐ-UBND. Sáng nay công bố "
            + "Nghị quyết số 57-NQ/TW. Sữa đổi Thông tư số 06/2024/TT-BTC.",
         [.reference, .reference, .reference, .corrects, .suspends, .reference, .reference, .amends],
         [nil, nil, nil, "Đính chính", "DINH CHI", nil, nil, "Sữa đổi"]),
        // On a page no header names, a document's own words quoted (`Nghị định này thay thế …` after an opening
        // quotation mark) are that document's act; with a header, or without the quotes, the text's own.
        ("Căn cứ Điều 86 Nghị định 168/2024/NĐ-CP quy định như sau:\n\"Điều 86. Hiệu lực thi hành\n2. Nghị định này "
            + "thay thế Nghị định số 100/2019/NĐ-CP và Nghị định số 123/2021/NĐ-CP.\" Theo “Thông tư này bãi bỏ "
            + "Thông tư số 05/2020/TT-BTC”.", [.basis, .reference, .reference, .reference], ["Căn cứ", nil, nil, nil]),
        ("Số: 168/2024/NĐ-CP\nHà Nội, ngày 26 tháng 12 năm 2024\n“Nghị định này thay thế Nghị định số 100/2019/NĐ-CP.”",
         [.reference, .replaces], [nil, "thay thế"]),
        // So are they on a news page that states no basis, after a mention of that type told as issued; not after a
        // mention of that type that is itself acted on.
        ("Chính phủ ban hành Nghị định 102/2024/NĐ-CP về đất đai. Nghị định này có hiệu lực từ ngày 1/8/2024 và thay "
            + "thế Nghị định 43/2014/NĐ-CP.", [.reference, .reference], [nil, nil]),
        // Named by its type word alone, as the sentence's subject, too (`Quyết định có hiệu lực … và thay thế …`).
        ("UBND TP Hà Nội vừa ban hành Quyết định số 61/2024/QĐ-UBND về cấp phép. Quyết định có hiệu lực từ ngày "
            + "10/10/2024 và thay thế Quyết định số 02/2023/QĐ-UBND.", [.reference, .reference], [nil, nil]),
        // The trigger may follow the bare type word directly (`Nghị định thay thế …`).
        ("Phó Thủ tướng đã ký ban hành Nghị định 85/2025/NĐ-CP. Nghị định thay thế Nghị định số 52/2013/NĐ-CP.",
         [.reference, .reference], [nil, nil]),
        // A verb after the comma that closes the subject of a document told as issued is that document's; so is
        // the basis its bare type word states (news: `Hướng dẫn căn cứ Quy định số …`).
        ("Ngày 20/11/2025, Ban Tổ chức Trung ương ban hành Hướng dẫn số 25-HD/BTCTW về kiểm điểm, thay thế Hướng dẫn "
            + "số 21-HD/BTCTW ngày 25/10/2019.\nHướng dẫn căn cứ Quy định số 366-QĐ/TW ngày 30/8/2025 của Bộ Chính "
            + "trị.",
         [.reference, .reference, .reference], [nil, nil, nil]),
        ("Nghị định này thay thế Nghị định số 100/2019/NĐ-CP.\n2. Nghị định này có hiệu lực từ ngày 1/1/2025 và thay "
            + "thế Nghị định số 101/2019/NĐ-CP.", [.replaces, .replaces], ["thay thế", "thay thế"]),
        // A draft named by its type acts on what follows it, not the page that tells of it.
        ("Bộ Tài chính lấy ý kiến dự thảo Thông tư sửa đổi Thông tư 39/2014/TT-BTC. Dự thảo Nghị định quy định chi "
            + "tiết Luật Đất đai 2024 đã được trình. Chính phủ ban hành Nghị định quy định chi tiết Luật Đất đai 2024.",
         [.reference, .reference, .details], [nil, nil, "quy định chi tiết"]),
        ("Xét Tờ trình số 82/TTr-CP ngày 05/3/2024 của Chính phủ;", [.review], ["Xét"]),
        // Each opinion weighed is stated in a document of the sentence (`… tại Báo cáo số …`); a document named in
        // other words of it is not.
        ("Xét đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 245/TTr-SNNMT ngày 05/9/2025 và ý kiến "
            + "thẩm định của Sở Tư pháp tại Báo cáo số 178/BC-STP ngày 03/9/2025 về dự thảo sửa đổi Quyết định số "
            + "12/2020/QĐ-UBND.", [.review, .review, .reference], ["Xét", "Xét", nil]),
        ("Theo đề nghị tại Tờ trình số 82/TTr-SNV;", [.proposal], ["Theo đề nghị"]),
        // `Xét` after a bullet still opens its line.
        ("- Xét đề nghị của Ban Tổ chức Tỉnh ủy tại Tờ trình số 145-TTr/BTCTU, ngày 25/12/2025,", [.review], ["Xét"]),
        ("Thông tư hướng dẫn thực hiện một số điều của Nghị định số 11/2020/NĐ-CP ngày 20/01/2020 của Chính phủ",
         [.guides], ["hướng dẫn thực hiện"]),
        ("Căn cứ các Quyết định số 12/QĐ-UBND, số 13/QĐ-UBND của UBND tỉnh; các Nghị quyết số 05/NQ-HĐND, "
            + "06/NQ-HĐND của HĐND tỉnh;", [.basis, .basis, .basis, .basis], ["Căn cứ", "Căn cứ", "Căn cứ", "Căn cứ"]),
        // A list member may open with its pinpoint.
        ("Thông tư này thay thế Thông tư số 156/2013/TT-BTC; khoản 2, khoản 3 Điều 21 Thông tư số 92/2015/TT-BTC; "
            + "Thông tư số 31/2017/TT-BTC.", [.replaces, .replaces, .replaces], ["thay thế", "thay thế", "thay thế"]),
        // Lists over lines: under `Căn cứ:`, and after a line that ends with `;` and holds the mention before.
        ("CĂN CỨ:\n- Điều lệ Đảng;\n- Quy định số 24-QĐ/TW ngày 30/7/2021;\n- Nghị quyết số 21-NQ/TW.",
         [.basis, .basis, .basis], ["CĂN CỨ", "CĂN CỨ", "CĂN CỨ"]),
        ("Căn cứ Luật Đầu tư ngày 17/6/2020;\nLuật Đất đai năm 2024;", [.basis, .basis], ["Căn cứ", "Căn cứ"]),
        // Items numbered or lettered under the line that introduces them; a trigger after an item's label opens it.
        ("Bãi bỏ các văn bản sau:\n1. Quyết định số 100/QĐ-UBND;\n2. Chỉ thị số 05/CT-UBND.\nb) Xét Tờ trình số "
            + "82/TTr-CP;", [.repeals, .repeals, .review], ["Bãi bỏ", "Bãi bỏ", "Xét"]),
        ("Căn cứ Luật Đầu tư ngày 17/6/2020.\nĐiều 1. Giao Sở Tài chính;\nQuyết định số 5/QĐ-UBND được giữ nguyên.",
         [.basis, .reference], ["Căn cứ", nil]),
        // The mention inside another's subject is a plain reference, not guided by the document.
        ("Căn cứ Thông tư số 01/2021/TT-BNV hướng dẫn thi hành Nghị định số 02/2020/NĐ-CP;",
         [.basis, .reference], ["Căn cứ", nil]),
        // A clause after `;` continues the list of the clause before only when no sentence ends between them.
        ("Quyết định này thay thế Quyết định số 05/2022/QĐ-UBND ngày 14/02/2022 của UBND tỉnh.\nHồ sơ gồm: dự thảo "
            + "Quyết định; Báo cáo thẩm định số 98/BC-STP của Sở Tư pháp.", [.replaces, .reference], ["thay thế", nil]),
        ("Căn cứ Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ\nNội vụ hướng dẫn thể thức; Quyết định số "
            + "1234/QĐ-UBND của UBND tỉnh;", [.basis, .basis], ["Căn cứ", "Căn cứ"]),
        // A full citation after a comma and a name inside another's subject is the sentence's; not after `và`.
        ("Căn cứ Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, Hướng "
            + "dẫn số 06-HD/TW ngày 09/6/2022 của Ban Bí thư;", [.basis, .reference, .basis],
         ["Căn cứ", nil, "Căn cứ"]),
        ("Căn cứ Thông tư số 80/2021/TT-BTC của Bộ Tài chính hướng dẫn thi hành Luật Quản lý thuế và Nghị định số "
            + "126/2020/NĐ-CP ngày 19/10/2020 của Chính phủ;", [.basis, .reference, .reference], ["Căn cứ", nil, nil]),
        // Two triggers joined by `và` or `,` are one verb of the subject, not a new member of a list.
        ("Căn cứ Nghị định số 209/2013/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều Luật "
            + "Thuế giá trị gia tăng;", [.basis, .reference], ["Căn cứ", nil]),
        ("Căn cứ Nghị định số 20/2013/NĐ-CP sửa đổi, bổ sung và bãi bỏ một số điều của Nghị định số 15/2010/NĐ-CP;",
         [.basis, .reference], ["Căn cứ", nil]),
        ("Nghị định này thay thế Nghị định số 20/2013/NĐ-CP và bãi bỏ Điều 5 Nghị định số 15/2010/NĐ-CP.",
         [.replaces, .repeals], ["thay thế", "bãi bỏ"]),
        ("Theo báo cáo, Nghị định số 02/2020/NĐ-CP đã phát huy hiệu quả.", [.reference], [nil]),
        // Guidance the cited document gives (`theo hướng dẫn tại`, `được hướng dẫn bởi`) is no act of the citing one,
        // and hides a trigger before it.
        ("Căn cứ đề nghị, theo hướng dẫn tại Điều 12 Nghị định 28/2015/NĐ-CP (được sửa đổi bởi Nghị định "
            + "61/2020/NĐ-CP), người lao động nộp hồ sơ.", [.reference, .reference], [nil, nil]),
        ("Điều 52 Luật Việc làm được hướng dẫn bởi Thông tư số 28/2015/TT-BLĐTBXH.", [.reference, .reference],
         [nil, nil]),
        // `động` folds as `đồng` does; `hành động thực hiện` opens no member of a list.
        ("Căn cứ Nghị quyết số 09/NQ-CP của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số "
            + "20-NQ/TW;", [.basis, .reference], ["Căn cứ", nil]),
        // The next line continues the list only when the mention is the line's item, not a sentence's subject.
        ("Căn cứ Luật Đất đai số 31/2024/QH15;\nNghị định số 70/2025/NĐ-CP sửa đổi, bổ sung Nghị định số "
            + "123/2020/NĐ-CP có hiệu lực.", [.basis, .reference, .reference], ["Căn cứ", nil, nil]),
        // An item whose line ends with `;` continues the list, its subject and all; not a sentence's subject.
        ("Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ quy định xử phạt;\nNghị định số "
            + "14/2022/NĐ-CP ngày 27/01/2022 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số "
            + "15/2020/NĐ-CP;\nQuyết định số 5/QĐ-UBND giao Sở Y tế thực hiện. Sở đã làm;\nThông tư số 01/2024/TT-BYT "
            + "quy định.", [.basis, .basis, .reference, .reference, .reference], ["Căn cứ", "Căn cứ", nil, nil, nil]),
        // An item may end with its subject (`về …;`).
        ("Thực hiện Thông tri số 15-TT/TW của Ban Bí thư;\nChỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại "
            + "hội đảng bộ các cấp;", [.implements, .implements], ["Thực hiện", "Thực hiện"]),
        // A `;` inside the pinpoint parts no clauses: the trigger before the pinpoint is the mention's.
        ("Căn cứ điểm s khoản 1, khoản 2 Điều 51; Điều 54 của Bộ luật Hình sự năm 2015;", [.basis], ["Căn cứ"]),
        // A member of the list may open with its pinpoint.
        ("Bãi bỏ khoản 3 Điều 5 Thông tư số 12/2020/TT-BGDĐT và Điều 7 Quyết định số 15/2019/QĐ-BGDĐT.",
         [.repeals, .repeals], ["Bãi bỏ", "Bãi bỏ"]),
        // Items of a list under `:` may end with `.`; a numbered clause not under a list keeps its own relation.
        ("Điều 1. Bãi bỏ toàn bộ các quyết định sau:\n1. Quyết định số 12/2018/QĐ-UBND ngày 05 tháng 3 năm 2018 của "
            + "Ủy ban nhân dân tỉnh về quản lý vật liệu nổ công nghiệp trên địa bàn\ntỉnh.\n2. Quyết định số "
            + "40/2019/QĐ-UBND của UBND tỉnh quy định giá dịch vụ.\n3. Quyết định số 2207/QĐ-UBND về quy hoạch.\n"
            + "Điều 2. Hiệu lực\n1. Quyết định này thay thế Quyết định số 5/2017/QĐ-UBND.\n2. Quyết định số "
            + "6/2017/QĐ-UBND áp dụng đến hết năm.", [.repeals, .repeals, .repeals, .replaces, .reference],
         ["Bãi bỏ", "Bãi bỏ", "Bãi bỏ", "thay thế", nil]),
        // `ban hành kèm theo` inside a sentence tells of another document; it opens a caption or a parenthesis.
        ("Thực hiện Chương trình giáo dục phổ thông ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT.\n"
            + "QUY CHẾ\n(Ban hành kèm theo Quyết định số 15/QĐ-BNV ngày 05/3/2020)", [.implements, .annexOf],
         ["Thực hiện", "Ban hành kèm theo"]),
        // After a count, `hướng dẫn` names documents.
        ("Các cấp ủy ban hành 56 kế hoạch, 48 hướng dẫn để cụ thể hóa Chỉ thị số 05-CT/TW.", [.reference], [nil]),
        // Stated after the mention, in the passive: by the citing document, not by another or in the past.
        ("2. Thông tư số 68/2019/TT-BTC, Thông tư số 88/2020/TT-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực.",
         [.ends, .ends], ["hết hiệu lực", "hết hiệu lực"]),
        ("Khoản 2 Điều 10 Nghị định số 24/2024/NĐ-CP được sửa đổi, bổ sung như sau:", [.amends],
         ["được sửa đổi, bổ sung"]),
        // The law amended, named with the law that amended it before (its chain, in the same relation), and the
        // phrase wrapped before `như sau` as text from PDF is.
        ("3. Khoản 9 Điều 4 Luật Xây dựng số 50/2014/QH13 đã được sửa đổi, bổ sung bởi Luật số 62/2020/QH14 được sửa "
            + "đổi, bổ sung\nnhư sau: “9. Cơ quan chuyên môn về xây dựng là cơ quan …”", [.amends, .amends],
         ["được sửa đổi, bổ sung", "được sửa đổi, bổ sung"]),
        ("3. Quyết định số 789/QĐ-UBND ngày 12/5/2023 của Chủ tịch UBND tỉnh bị bãi bỏ.", [.repeals], ["bị bãi bỏ"]),
        ("Thông tư 39/2014/TT-BTC được thay thế bởi Thông tư này.", [.replaces], ["được thay thế"]),
        ("Theo Nghị định 100/2019/NĐ-CP (được sửa đổi bởi Nghị định 123/2021/NĐ-CP) mức phạt thấp hơn.",
         [.reference, .reference], [nil, nil]),
        ("Thông tư số 12/2020/TT-BYT được thay thế bằng Thông tư số 15/2023/TT-BYT.", [.reference, .reference],
         [nil, nil]),
        ("Nghị định 15/2020/NĐ-CP đã hết hiệu lực; sau đó Nghị định 168 được sửa đổi.", [.reference, .reference],
         [nil, nil]),
        // After the mention's subject, as the articles on entry into force write it; not in the past.
        ("2. Thông tư số 16/2014/TT-BCT ngày 29 tháng 5 năm 2014 của Bộ trưởng Bộ Công Thương quy định về thực "
            + "hiện giá bán điện hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.", [.ends],
         ["hết hiệu lực"]),
        // The same, its subject wrapped as text from PDF is.
        ("2. Thông tư số 16/2014/TT-BCT ngày 29 tháng 5 năm 2014 của Bộ trưởng Bộ Công Thương quy định về\nthực "
            + "hiện giá bán điện hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.",
         [.ends], ["hết hiệu lực"]),
        ("Quyết định số 12/2019/QĐ-UBND về quản lý chợ đã hết hiệu lực.", [.reference], [nil]),
        // A law's final article: the amending laws stand between the law and `hết hiệu lực`; an amended law that has
        // ceased (`đã hết hiệu lực`) is a fact told.
        ("Luật Đất đai số 45/2013/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14 (sau đây gọi là "
            + "Luật Đất đai số 45/2013/QH13) hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành. Luật Nhà ở số "
            + "65/2014/QH13 được sửa đổi bởi Luật số 40/2019/QH14 đã hết hiệu lực.",
         [.ends, .reference, .reference, .reference], ["hết hiệu lực", nil, nil, nil]),
        // What in the mention conflicts with the citing document is repealed: a part of it, the relation after the
        // own name.
        ("4. Kể từ ngày Thông tư này có hiệu lực, các quy định tại Thông tư số 34/2018/TT-BTC trái với Thông tư này "
            + "bị bãi bỏ. Quy định tại Thông tư số 35/2018/TT-BTC trái với pháp luật bị bãi bỏ.",
         [.repeals, .reference], ["bị bãi bỏ", nil]),
        // A mention inside the subject of the one before is part of that subject: the relation after it is the
        // first one's (a decree's own article does not end the decree that a circular guides).
        ("Thông tư số 01/2021/TT-BXD hướng dẫn Nghị định số 15/2021/NĐ-CP hết hiệu lực.", [.ends, .reference],
         ["hết hiệu lực", nil]),
        ("2. Nghị định số 130/2018/NĐ-CP ngày 27 tháng 9 năm 2018 của Chính phủ quy định chi tiết thi hành Luật Giao "
            + "dịch điện tử về chữ ký số hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.",
         [.ends, .reference], ["hết hiệu lực", nil]),
        // A member of a list whose subject names a law hands the relation on past that law, which stays a plain
        // reference.
        ("2. Nghị định số 209/2013/NĐ-CP ngày 18 tháng 12 năm 2013 của Chính phủ quy định chi tiết và hướng dẫn thi "
            + "hành một số điều Luật Thuế giá trị gia tăng; Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015 của "
            + "Chính phủ hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.", [.ends, .reference, .ends],
         ["hết hiệu lực", nil, "hết hiệu lực"]),
        // The same wrapped, as text from PDF is: the subject across lines, the relation on the next line.
        ("2. Nghị định số 209/2013/NĐ-CP ngày 18 tháng 12 năm 2013 của Chính phủ\nquy định chi tiết và hướng dẫn thi "
            + "hành một số điều Luật Thuế giá trị\ngia tăng; Nghị định số 12/2015/NĐ-CP ngày 12 tháng 02 năm 2015 của "
            + "Chính phủ\nhết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.", [.ends, .reference, .ends],
         ["hết hiệu lực", nil, "hết hiệu lực"]),
        // The lines after an introduction in the passive are the new text: what they name is a plain reference.
        ("Điều 1 Nghị quyết số 25/2025/NQ-HĐND được sửa đổi, bổ sung như sau:\n1. Nghị định số 12/2025/NĐ-CP quy "
            + "định mức chi.", [.amends, .reference], ["được sửa đổi, bổ sung", nil]),
        // So are the lines after an amendment's `như sau:` in the active; the next sentence states its own relation.
        ("Sửa đổi khoản 2 Điều 4 Nghị định số 15/2020/NĐ-CP như sau:\nThông tư số 11/2020/TT-BTC bị bãi bỏ.\n"
            + "Nghị định số 20/2021/NĐ-CP áp dụng.", [.amends, .repeals, .reference], ["Sửa đổi", "bị bãi bỏ", nil]),
        ("Bãi bỏ các văn bản sau:\n1. Quyết định số 45/2019/QĐ-UBND;\n2. Quyết định số 07/2021/QĐ-UBND.",
         [.repeals, .repeals], ["Bãi bỏ", "Bãi bỏ"]),
        // An act proposed or planned is not taken: the mention is a plain reference.
        ("Tỉnh cũng đề nghị Chính phủ sửa đổi Nghị định 45. Bộ Tài chính đề xuất bãi bỏ Thông tư số 39/2014/TT-BTC. "
            + "Chính phủ sẽ thay thế Nghị định 100/2019/NĐ-CP. Bãi bỏ Thông tư số 12/2015/TT-BTC.",
         [.reference, .reference, .reference, .repeals], [nil, nil, nil, "Bãi bỏ"]),
        // An act on what was issued with the mention (`… kèm theo Quyết định số …`) is on the mention; one on an
        // object that only follows it (`theo`) is not.
        ("Bãi bỏ các thủ tục hành chính số thứ tự 3, 4 tại Phần I Danh mục ban hành kèm theo Quyết định số "
            + "2233/QĐ-UBND. Rà soát, bãi bỏ các thủ tục không cần thiết theo Quyết định số 2235/QĐ-UBND.",
         [.repeals, .reference], ["Bãi bỏ", nil]),
        // A basis asked of another is not the page's either; one that opens its sentence is.
        ("Đề nghị Sở căn cứ Thông tư số 56/2022/TT-BTC để thực hiện. Căn cứ Thông tư số 57/2022/TT-BTC, Bộ trả lời.",
         [.reference, .basis], [nil, "Căn cứ"]),
        // So is one a body adopted, as news tell it.
        ("Hội nghị Trung ương 11 khóa XIII đã thông qua việc sửa đổi, bổ sung Điều lệ Đảng. HĐND tỉnh thông qua "
            + "Nghị quyết bãi bỏ Nghị quyết số 12/2020/NQ-HĐND.", [.reference, .reference], [nil, nil]),
        // `Bổ sung` alone amends where it opens its sentence before a part of a document; not elsewhere, nor `Bộ`.
        ("Điều 8. Bổ sung Điều 5a vào sau Điều 5 Nghị định số 15/2022/NĐ-CP như sau:\nĐiều 1. Bổ sung kinh phí theo "
            + "Quyết định số 12/QĐ-UBND.\n2. Bổ sung khoản 4 vào Điều 3 Thông tư số 01/2020/TT-BTC.\nBộ sung khoản 4 "
            + "Thông tư số 02/2020/TT-BTC.", [.amends, .reference, .amends, .reference],
         ["Bổ sung", nil, "Bổ sung", nil]),
        // A list item whose plural `các` ends a wrapped line keeps the list's relation.
        ("Thực hiện Thông tư số 32/2018/TT-BGDĐT; các\nThông tư số 28/2020/TT-BGDĐT, 32/2020/TT-BGDĐT.",
         [.implements, .implements, .implements], ["Thực hiện", "Thực hiện", "Thực hiện"]),
        // A page that presents a draft (a Tờ trình) enacts nothing: what the draft, named by its type, does is the
        // draft's; a Công văn's own name still acts.
        ("Số: 88/TTr-UBND\nĐà Nẵng, ngày 02 tháng 6 năm 2025\nTỜ TRÌNH\nViệc ban hành Nghị quyết thay thế Nghị "
            + "quyết số 45/2022/NQ-HĐND là cần thiết. Điều 4: \"Nghị quyết này thay thế Nghị quyết số "
            + "46/2022/NQ-HĐND\".",
         [.reference, .reference, .reference], [nil, nil, nil]),
        ("Số: 12/UBND-VX\nĐà Nẵng, ngày 02 tháng 6 năm 2025\nCông văn này thay thế Công văn số 11/UBND-VX.",
         [.reference, .replaces], [nil, "thay thế"]),
        // Guidance a body is tasked to give is not the page's (`chủ trì, hướng dẫn thực hiện`, `Giao … hướng dẫn
        // thi hành`, `phối hợp hướng dẫn`); guidance that opens a sentence is.
        ("- Sở Tài chính chủ trì, hướng dẫn thực hiện Thông tư số 56/2024/TT-BTC.\n- Giao Sở Y tế hướng dẫn thi hành "
            + "Nghị định số 96/2023/NĐ-CP.\n- Sở Nội vụ phối hợp hướng dẫn Nghị định số 170/2025/NĐ-CP.\n"
            + "Hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP.", [.reference, .reference, .reference, .guides],
         [nil, nil, nil, "Hướng dẫn thực hiện"]),
        // A plan's task to advise the act (`tham mưu … sửa đổi`) is no act of the plan's either.
        ("Sở Khoa học và Công nghệ tham mưu UBND tỉnh sửa đổi Quyết định số 28/2021/QĐ-UBND. Sửa đổi Quyết định số "
            + "12/2022/QĐ-UBND.", [.reference, .amends], [nil, "Sửa đổi"]),
        // Documents named by their plural type act, not the citing page (`các nghị định hướng dẫn: …`).
        ("Chính phủ đã ban hành các nghị định hướng dẫn: Nghị định 101/2024/NĐ-CP, Nghị định 102/2024/NĐ-CP. Bộ ban "
            + "hành những Thông tư sửa đổi Thông tư số 39/2014/TT-BTC. Hướng dẫn thi hành Nghị định số 15/2020/NĐ-CP.",
         [.reference, .reference, .reference, .guides], [nil, nil, nil, "Hướng dẫn thi hành"]),
        // The older Party form names the issuer between the type word and the number: the list goes on through it.
        ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Quyết định của Bộ Chính trị số 31-QĐ/TW, "
            + "ngày 01-10-1997 và Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy.", [.implements, .implements,
            .implements], ["Thực hiện", "Thực hiện", "Thực hiện"]),
        // A consolidated text's opening lines name what it consolidates; the documents inside those lines, its
        // preamble and its articles keep their own relations.
        ("BỘ TÀI CHÍNH\nSố: 12/VBHN-BTC\nHà Nội, ngày 15 tháng 3 năm 2026\n\nNGHỊ ĐỊNH\nQUY ĐỊNH VỀ HÓA ĐƠN\n\n"
            + "Nghị định số 123/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định về hóa đơn, có hiệu lực kể "
            + "từ ngày 01 tháng 7 năm 2022, được sửa đổi, bổ sung bởi:\n1. Nghị định số 70/2025/NĐ-CP ngày 20 tháng 3 "
            + "năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 123/2020/NĐ-CP, có hiệu lực kể từ "
            + "ngày 01 tháng 6 năm 2025.\n\nCăn cứ Luật Quản lý thuế số 38/2019/QH14;\nĐiều 1. Phạm vi\n"
            + "Nghị định số 15/2022/NĐ-CP áp dụng.",
         [.reference, .consolidates, .consolidates, .reference, .basis, .reference],
         [nil, "12/VBHN-BTC", "12/VBHN-BTC", nil, "Căn cứ", nil]),
        // `&` joins a list as `và` does (news and Q&A pages).
        ("Bãi bỏ Quyết định số 56/QĐ-UBND ngày 10/01/2020 của UBND tỉnh & Quyết định số 57/QĐ-UBND.",
         [.repeals, .repeals], ["Bãi bỏ", "Bãi bỏ"]),
        // A heading that names the bases (`I. CĂN CỨ XÂY DỰNG KẾ HOẠCH`, `1. Căn cứ pháp lý`) introduces the list under
        // it as `Căn cứ:` does; the next heading ends it. A line that is no heading, or a paragraph, is not introduced.
        ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\n+ Quyết định số "
            + "1131/QĐ-TTg.\nII. MỤC ĐÍCH\n1. Triển khai Nghị quyết số 58-NQ/TW.\n1. Căn cứ pháp lý\n- Luật Giáo dục "
            + "năm 2019;\nCăn cứ vào tình hình thực tế\n- Nghị định số 86/2022/NĐ-CP.\nII. CĂN CỨ PHÁP LÝ\nNghị định "
            + "số 87/2022/NĐ-CP quy định.",
         [.basis, .basis, .reference, .basis, .reference, .reference], ["CĂN CỨ", "CĂN CỨ", nil, "Căn cứ", nil, nil]),
        // A list under `:` is the object of the clause that ends at the colon: after the mentions of the trigger
        // before, a comma and a new subject open that clause (`…, Sở Tư pháp đề nghị … rà soát các văn bản sau:`).
        ("Thực hiện Nghị quyết số 14/NQ-HĐND của HĐND tỉnh, Sở Tư pháp đề nghị các đơn vị rà soát các văn bản sau:\n"
            + "- Quyết định số 30/2021/QĐ-UBND;\n- Quyết định số 31/2021/QĐ-UBND.\nBãi bỏ Quyết định số "
            + "15/2020/QĐ-UBND của UBND tỉnh, các văn bản sau:\n- Quyết định số 32/2021/QĐ-UBND.",
         [.implements, .reference, .reference, .repeals, .repeals], ["Thực hiện", nil, nil, "Bãi bỏ", "Bãi bỏ"]),
    ]

    @Test("the relation and its trigger", arguments: rows.indices)
    func reads(_ index: Int) {
        let (text, relations, triggers) = Self.rows[index]
        let citations = CitationExtractor().citations(in: text)
        #expect(citations.map(\.relation) == relations, "\(text)")
        #expect(citations.map(\.relationTrigger) == triggers, "\(text)")
    }
}
