import VietCite

/// Neo4j bulk-import CSV (`neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv`).
///
/// `nodes.csv` has `:ID` and `:LABEL` (`Document`, plus `Source` for documents of the batch and `Unresolved`
/// for open short forms); `relationships.csv` has `:START_ID`, `:END_ID` and `:TYPE` (the relation in English
/// upper case, `BASIS`, `AMENDS`, … `REFERENCE`) with the Vietnamese relation and the count as properties.
public enum CSVExport {
    /// Writes `nodes.csv`.
    public static func writeNodes(_ graph: CitationGraph, to sink: (String) -> Void) {
        sink("id:ID,:LABEL,label,type,number,symbol,issuer,issuerCode,date,term,year:int,title,name,file,citedBy:int\n")
        for node in graph.nodes {
            var labels = ["Document"]
            if node.file != nil { labels.append("Source") }
            if !node.isResolved { labels.append("Unresolved") }
            let fields: [String?] = [
                node.id, labels.joined(separator: ";"), node.label, node.type, node.number, node.symbol, node.issuer,
                node.issuerCode, node.date, node.term, node.year.map(String.init), node.title, node.name, node.file,
                String(node.citedBy),
            ]
            sink(fields.map { Escaping.csv($0 ?? "") }.joined(separator: ",") + "\n")
        }
    }

    /// Writes `relationships.csv`.
    public static func writeRelationships(_ graph: CitationGraph, to sink: (String) -> Void) {
        sink(":START_ID,:END_ID,:TYPE,relation,count:int\n")
        for edge in graph.edges {
            let fields = [edge.source, edge.target, typeName(edge.relation), edge.relation.rawValue, String(edge.count)]
            sink(fields.map(Escaping.csv).joined(separator: ",") + "\n")
        }
    }

    /// `BASIS`, `AMENDS`, `ANNEX_OF`, …: the relation's case name in upper snake case.
    static func typeName(_ relation: Relation) -> String {
        var result = ""
        for character in String(describing: relation) {
            if character.isUppercase { result += "_" }
            result += character.uppercased()
        }
        return result
    }
}
