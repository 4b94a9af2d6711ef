package org.shopchat.bot.conversation;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Records every SQL statement the application prepares, by wrapping its {@link DataSource}: Hibernate, Spring Data
 * and JdbcTemplate all prepare a statement per execution, so the log is the number of database round trips.
 * Records only while {@link #start()} was called on the current thread, so other threads' work is not counted.
 */
final class StatementLog {

    private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

    DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                forward(target, (method, args, result) -> method.getName().equals("getConnection")
                        ? connection((Connection) result) : result));
    }

    void start() {
        recording.set(new ArrayList<>());
    }

    /** The statements prepared on this thread since {@link #start()}, and stops recording. */
    List<String> stop() {
        List<String> statements = recording.get();
        recording.remove();
        return statements;
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                forward(target, (method, args, result) -> {
                    List<String> statements = recording.get();
                    if (statements != null && (method.getName().equals("prepareStatement")
                            || method.getName().equals("prepareCall"))) {
                        statements.add((String) args[0]);
                    } else if (statements != null && method.getName().equals("createStatement")) {
                        statements.add("(plain statement)");
                    }
                    return result;
                }));
    }

    private interface AfterCall {
        Object apply(Method method, Object[] args, Object result) throws Throwable;
    }

    private static InvocationHandler forward(Object target, AfterCall after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
                    && type.isInstance(target)) {
                return target;
            }
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
