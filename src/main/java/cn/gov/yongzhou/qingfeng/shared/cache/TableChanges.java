package cn.gov.yongzhou.qingfeng.shared.cache;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;

/**
 * An entity listener for the tables instances keep in memory: a row written through Hibernate on this instance drops
 * the caches of its table as its transaction ends ({@link ChangeFeed#changedHere}), without waiting for the change
 * feed's notification, which comes a few milliseconds later (and covers every other writer).
 */
public class TableChanges {

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        Table table = entity.getClass().getAnnotation(Table.class);
        if (table != null) {
            Arc.container().instance(ChangeFeed.class).get().changedHere(table.name());
        }
    }
}
