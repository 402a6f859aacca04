internal import CVietCiteScan
@_spi(Stages) import VietCite

/// A JSON object written field by field into a byte buffer, `{"key":value,…}`: the writer behind the graph's
/// `json` and `jsonl` exports and the CLI's citation records. No `String` is built per field.
///
/// ```swift
/// var buffer: [UInt8] = []
/// var object = JSONObject(taking: &buffer)
/// object.string("symbol", "16/CT-TTg")
/// object.number("start", 120)
/// object.close(into: &buffer)   // {"symbol":"16/CT-TTg","start":120}
/// ```
/// The object is written into a buffer of its own and joins `buffer` when it is closed; write through one
/// variable, as copies of an open object share that buffer.
public struct JSONObject {
    /// The caller's buffer, held while the object is open; ``close(into:)`` appends the object and gives it back.
    private var taken: [UInt8]
    /// The object's bytes (shared with the objects nested in it).
    private let sink: GrowableBuffer<UInt8>
    private var empty = true

    /// Opens an object at the end of `buffer`, taking the buffer over (``close(into:)`` gives it back).
    public init(taking buffer: inout [UInt8]) {
        taken = []
        swap(&taken, &buffer)
        sink = GrowableBuffer(capacity: 1024)
        sink.append(0x7B)
    }

    /// An object nested in another, written into its sink.
    private init(nestedIn sink: GrowableBuffer<UInt8>) {
        taken = []
        self.sink = sink
        sink.append(0x7B)
    }

    /// `,"name":` (no comma before the first key), with room for `extra` more bytes after it; returns where
    /// those go. The caller advances the sink past what it writes there.
    @inline(__always)
    private mutating func key(_ name: StaticString, room extra: Int) -> UnsafeMutablePointer<UInt8> {
        let count = name.utf8CodeUnitCount
        let comma = empty ? 0 : 1
        empty = false
        let destination = sink.room(count + 3 + comma + extra)
        destination[0] = 0x2C
        let start = destination + comma
        start[0] = 0x22
        name.withUTF8Buffer { source in
            if let first = source.baseAddress { (start + 1).update(from: first, count: count) }
        }
        start[count + 1] = 0x22
        start[count + 2] = 0x3A
        sink.advance(count + 3 + comma)
        return start + count + 3
    }

    private mutating func key(_ name: StaticString) {
        _ = key(name, room: 0)
    }

    /// A string field; a nil value writes `null` when `orNull`, else nothing.
    public mutating func string(_ name: StaticString, _ value: String?, orNull: Bool = false) {
        guard var value else {
            if orNull { raw(name, "null") }
            return
        }
        value.withUTF8 { utf8 in
            // Most values need no escape: the key and the quoted value are written in one piece.
            let plain = utf8.isEmpty ? 0 : vietcite_json_plain_run(utf8.baseAddress!, utf8.count)
            guard plain == utf8.count else {
                key(name)
                var sink = self.sink
                return Escaping.writeJSON(utf8, to: &sink)
            }
            let destination = key(name, room: utf8.count + 2)
            destination[0] = 0x22
            if let first = utf8.baseAddress { (destination + 1).update(from: first, count: utf8.count) }
            destination[utf8.count + 1] = 0x22
            sink.advance(utf8.count + 2)
        }
    }

    /// An integer field (offsets, years, counts), digits written directly.
    public mutating func number(_ name: StaticString, _ value: Int) {
        let destination = key(name, room: 20)
        sink.advance(Self.writeDigits(value, to: destination))
    }

    /// An integer field, or `null`.
    public mutating func number(_ name: StaticString, _ value: Int?) {
        guard let value else { return raw(name, "null") }
        number(name, value)
    }

    /// A `true` or `false` field.
    public mutating func bool(_ name: StaticString, _ value: Bool) {
        raw(name, value ? "true" : "false")
    }

    /// An array of strings.
    public mutating func strings(_ name: StaticString, _ values: [String]) {
        key(name)
        var sink = self.sink
        sink.append(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { sink.append(0x2C) }
            var value = value
            value.withUTF8 { Escaping.writeJSON($0, to: &sink) }
        }
        sink.append(0x5D)
    }

    /// An array of objects, each written by `body` into the same buffer.
    public mutating func objects<Item>(_ name: StaticString, _ items: [Item],
                                       _ body: (inout JSONObject, Item) -> Void) {
        key(name)
        sink.append(0x5B)
        for (index, item) in items.enumerated() {
            if index > 0 { sink.append(0x2C) }
            var object = JSONObject(nestedIn: sink)
            body(&object, item)
            sink.append(0x7D)
        }
        sink.append(0x5D)
    }

    /// A field whose value is already JSON.
    public mutating func raw(_ name: StaticString, _ json: String) {
        key(name)
        var json = json
        json.withUTF8 { sink.append(contentsOf: $0) }
    }

    /// Closes the object and gives the buffer back to `buffer`, the object appended to it (the buffer is swapped,
    /// never copied: a returned array was copied whole for each object once the buffer held a batch of records).
    public mutating func close(into buffer: inout [UInt8]) {
        sink.append(0x7D)
        taken.append(contentsOf: sink.elements)
        swap(&taken, &buffer)
    }

    /// Writes the decimal digits of `value` (room for 20 bytes) and returns how many.
    static func writeDigits(_ value: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        guard value > 0 else {
            var written = 0
            for byte in String(value).utf8 {
                destination[written] = byte
                written += 1
            }
            return written
        }
        var length = 0
        var rest = value
        while rest > 0 {
            length += 1
            rest /= 10
        }
        rest = value
        for index in stride(from: length - 1, through: 0, by: -1) {
            destination[index] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
        }
        return length
    }
}
