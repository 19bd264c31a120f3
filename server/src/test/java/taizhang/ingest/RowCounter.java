package taizhang.ingest;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that counts what is read through it, at the driver's edge: the rows its result sets
 * give and the characters of the text values read from them. What is counted does not depend on
 * the code that reads.
 */
final class RowCounter extends DelegatingDataSource {

    private long rows;
    private long chars;

    RowCounter(DataSource target) {
        super(target);
    }

    long rows() {
        return rows;
    }

    long chars() {
        return chars;
    }

    void reset() {
        rows = 0;
        chars = 0;
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
        return (Connection) wrap(Connection.class, super.getConnection());
    }

    /** The JDBC object, whose statements and result sets are counted in turn. */
    private Object wrap(Class<?> type, Object target) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(method, target, args);
            if (result instanceof ResultSet) {
                return wrap(ResultSet.class, result);
            }
            if (result instanceof Statement s) {
                return wrap(interfaceOf(s), s);
            }
            if (target instanceof ResultSet) {
                count(method, result);
            }
            return result;
        };
        return Proxy.newProxyInstance(RowCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private void count(Method method, Object result) {
        if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
            rows++;
        } else if (method.getName().equals("getString") && result instanceof String s) {
            chars += s.length();
        }
    }

    private static Class<?> interfaceOf(Statement s) {
        if (s instanceof java.sql.CallableStatement) {
            return java.sql.CallableStatement.class;
        }
        return s instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
