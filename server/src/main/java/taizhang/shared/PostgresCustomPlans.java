package taizhang.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Has PostgreSQL plan every statement for the values it is run with. The driver turns a
 * statement used five times on a connection into a prepared one, and PostgreSQL may then keep
 * one generic plan for all values. The ledger's list is one statement whose best plan depends
 * on its values (a quarter with no deadlines in it, a county with few measures, a page's limit
 * and offset): its generic plan sorted a whole quarter for every page, 30–150 ms where the
 * plan for the values takes under 5 ms, planning included.
 */
@Component
class PostgresCustomPlans implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource
                && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            dataSource.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
        }
        return bean;
    }
}
