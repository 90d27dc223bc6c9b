/// The sessions this registry expired or evicted, so that a tab naming one is told its session
/// expired (and starts fresh) rather than being treated like a tab from before a server restart
/// (which keeps its widget values).
///
/// Bounded: the most recent ``capacity`` ids, the oldest forgotten first. Each is kept as a 64-bit
/// hash (a session id is a secret and 32 bytes long): about 24 bytes an entry, some 100 KB for the
/// default capacity. Two ids sharing a hash is a 1-in-2^64 chance per pair, and costs only a fresh
/// page instead of a restored one.
struct ExpiredSessionIDs: Sendable {
    /// How many ids are remembered by default: far more tabs than come back within a day on most
    /// servers, and still cheap.
    static let defaultCapacity = 4_096

    let capacity: Int
    /// The hashes in the order they were added; a ring once full, `next` is the oldest's slot.
    private var order: [Int] = []
    private var next = 0
    private var members: Set<Int> = []

    init(capacity: Int = Self.defaultCapacity) {
        self.capacity = max(1, capacity)
    }

    /// How many ids are remembered now.
    var count: Int { members.count }

    /// Remembers `id`, forgetting the oldest one when full.
    mutating func insert(_ id: String) {
        let hash = Self.hash(id)
        guard !members.contains(hash) else { return }
        if order.count < capacity {
            order.append(hash)
        } else {
            members.remove(order[next])
            order[next] = hash
            next = (next + 1) % capacity
        }
        members.insert(hash)
    }

    /// Whether `id` is one of the remembered ids.
    func contains(_ id: String) -> Bool { members.contains(Self.hash(id)) }

    /// Swift's hasher is seeded per process, which is all an in-memory set needs.
    private static func hash(_ id: String) -> Int {
        var hasher = Hasher()
        hasher.combine(id)
        return hasher.finalize()
    }
}
