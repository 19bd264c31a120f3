package taizhang.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the passwords generated on a first start go: a file only the server's own account can
 * read, never the log. The console says where the file is; an interactive terminal (someone
 * watching, not a log collector) also sees the passwords this once.
 */
@Component
public class InitialPasswords {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    InitialPasswords(@Value("${taizhang.initial-passwords-file:data/initial-passwords.txt}") Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** Adds the accounts to the file under a heading, and tells the console. */
    public void announce(String heading, Map<String, String> passwordsByUser) {
        StringBuilder text = new StringBuilder(heading).append('\n');
        passwordsByUser.forEach((user, password) ->
                text.append("    ").append(user).append(" / ").append(password).append('\n'));
        append(text.append('\n').toString());
        System.out.printf(
                "%n  %s%n  初始密码已写入 %s（仅本机运行服务的账户可读；登录后请修改密码并删除此文件）%n"
                        + "  Initial passwords were written to %s (readable by this account only).%n",
                heading, file, file);
        if (System.console() != null) {
            System.out.print(text);
        }
        System.out.println();
    }

    private void append(String text) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                createOwnerOnly();
            }
            restrict();
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial passwords to " + file, e);
        }
    }

    private void createOwnerOnly() throws IOException {
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
    }

    // Also for a file left by an earlier start with wider rights: it is narrowed before anything is added.
    private void restrict() throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } else {
            var f = file.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
        }
    }

    private boolean posix() {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
