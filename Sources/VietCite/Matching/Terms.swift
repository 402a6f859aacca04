/// Terms of the Party Central Committee and the National Assembly, for date checks (`documents.md` §6).
enum Terms {
    /// Party congress terms: khóa → first and last day of the numbering term (approximate, §6.1).
    private static let party: [Int: (from: (Int, Int, Int), to: (Int, Int, Int))] = [
        8: ((1996, 7, 1), (2001, 4, 22)), 9: ((2001, 4, 22), (2006, 4, 25)), 10: ((2006, 4, 25), (2011, 1, 19)),
        11: ((2011, 1, 19), (2016, 1, 28)), 12: ((2016, 1, 28), (2021, 2, 1)), 13: ((2021, 2, 1), (2026, 1, 23)),
        14: ((2026, 1, 19), (2031, 12, 31)),
    ]

    /// True when a Party document of khóa `khoa` can carry `date` (unknown terms pass).
    static func party(_ khoa: Int, fits date: (year: Int, month: Int, day: Int)) -> Bool {
        guard let window = party[khoa] else { return true }
        let value = (date.year, date.month, date.day)
        return value >= window.from && value <= window.to
    }

    /// The khóa whose window holds `date` (the later one on a transition day), nil outside the table.
    static func partyTerm(containing date: (year: Int, month: Int, day: Int)) -> Int? {
        let value = (date.year, date.month, date.day)
        return partyByKhoa.last { value >= $0.window.from && value <= $0.window.to }?.khoa
    }

    /// ``party`` in the order of khóa, read once: the graph asks for the term of every dated Party citation.
    private static let partyByKhoa = party.sorted { $0.key < $1.key }.map { (khoa: $0.key, window: $0.value) }

    /// `12` → `XII`.
    static func roman(_ value: Int) -> String {
        value >= 0 && value < smallRomans.count ? smallRomans[value] : spelledRoman(value)
    }

    /// The numerals of 0 to 59, spelled once.
    private static let smallRomans = (0..<60).map(spelledRoman)

    private static func spelledRoman(_ value: Int) -> String {
        let table: [(Int, String)] = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, letters) in table {
            while rest >= amount {
                result += letters
                rest -= amount
            }
        }
        return result
    }

    /// National Assembly khóa k numbers its laws in these years (transition years hold two terms).
    static func nationalAssembly(_ khoa: Int, fits year: Int) -> Bool {
        guard khoa >= 10, khoa - 10 < assemblyYears.count else { return true }
        return assemblyYears[khoa - 10].contains(year)
    }

    /// The years of khóa 10 to 16, in order: read once, not built per call.
    private static let assemblyYears: [ClosedRange<Int>] = [
        1997...2002, 2002...2007, 2007...2011, 2011...2016, 2016...2021, 2021...2026, 2026...2031,
    ]

    /// `XI` → 11.
    static func romanValue(_ roman: String) -> Int? {
        var total = 0
        var previous = 0
        for byte in roman.utf8.reversed() {
            let value: Int
            switch byte {
            case 0x49: value = 1  // I
            case 0x56: value = 5  // V
            case 0x58: value = 10  // X
            case 0x4C: value = 50  // L
            default: return nil
            }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        return total > 0 ? total : nil
    }
}
