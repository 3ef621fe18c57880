package org.irohub.bulk;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Turns on the PostgreSQL driver's {@code reWriteBatchedInserts}, which sends a batch of single-row inserts as
 * multi-row ones, before the pool opens its first connection. Set here rather than in each deployment's URL so
 * that no deployment can forget it; a value given in the URL or the pool's properties is left alone.
 */
@Component
class PostgresBatchRewrite implements BeanPostProcessor {

    static final String PROPERTY = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:") && !pool.getJdbcUrl().contains(PROPERTY)
                && !pool.getDataSourceProperties().containsKey(PROPERTY)) {
            pool.addDataSourceProperty(PROPERTY, "true");
        }
        return bean;
    }
}
