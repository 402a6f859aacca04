#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interned strings: each distinct string stored once and named by a 32-bit index. The graph keeps its
/// occurrences' documents, texts and pinpoints this way while it is built, so a mention written the same way in
/// a thousand documents costs one string.
///
/// Strings are told apart by their bytes, not by Swift's canonical equivalence: the NFD and NFC spellings of a
/// mention are two strings here, as they are two texts in their files.
struct StringTable: Sendable {
    /// A string compared and hashed by its UTF-8 bytes.
    private struct Exact: Hashable {
        let string: String

        static func == (a: Exact, b: Exact) -> Bool {
            let (x, y) = (a.string.utf8, b.string.utf8)
            guard x.count == y.count else { return false }
            // Native strings are contiguous: one memcmp instead of the generic element loop.
            let equal = x.withContiguousStorageIfAvailable { x in
                y.withContiguousStorageIfAvailable { y in
                    x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
                }
            }
            if let equal, let equal { return equal }
            return x.elementsEqual(y)
        }

        func hash(into hasher: inout Hasher) {
            var string = string
            string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private var indices: [Exact: UInt32] = [:]
    private(set) var strings: [String] = []

    /// The index of `string`, added when new.
    mutating func index(of string: String) -> UInt32 {
        if let index = indices[Exact(string: string)] { return index }
        let index = UInt32(strings.count)
        strings.append(string)
        indices[Exact(string: string)] = index
        return index
    }

    subscript(index: UInt32) -> String { strings[Int(index)] }

    /// Frees the look-up table once no string will be added: indices still name their strings.
    mutating func dropIndex() {
        indices = [:]
    }

    /// Adds another table's strings; returns, for each of its indices, the index here.
    mutating func absorb(_ other: StringTable) -> [UInt32] {
        other.strings.map { index(of: $0) }
    }
}
