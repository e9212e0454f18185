package cn.gov.yongzhou.qingfeng.shared.cache;

import java.util.function.Supplier;

/**
 * One value read from the database and kept in memory until the {@link ChangeFeed} says a table it came from changed.
 * While the feed is not listening (the database away, or reconnecting) every call reads afresh: a stale copy is never
 * kept when this instance cannot hear about changes.
 */
public final class Cached<T> {

    private final Supplier<T> loader;
    private final ChangeFeed feed;
    private final java.util.List<String> tables;
    private final Object lock = new Object();
    private volatile T value;
    private long generation;

    Cached(Supplier<T> loader, ChangeFeed feed, java.util.List<String> tables) {
        this.loader = loader;
        this.feed = feed;
        this.tables = tables;
    }

    /** The cached value, loaded now if there is none. Call it where the loader's transaction needs to be. */
    public T get() {
        if (feed.changedInThisTransaction(tables)) {
            return loader.get(); // this transaction's own changes, not committed: seen here, kept for nobody
        }
        T v = value;
        if (v != null) {
            return v;
        }
        long before;
        synchronized (lock) {
            before = generation;
        }
        boolean trusted = feed.listening();
        T loaded = loader.get();
        synchronized (lock) {
            // an invalidation that came while loading may concern rows read before it: keep nothing then
            if (trusted && generation == before) {
                value = loaded;
            }
        }
        return loaded;
    }

    /** Drops the value; the next {@link #get()} reads it again. */
    public void invalidate() {
        synchronized (lock) {
            generation++;
            value = null;
        }
    }
}
