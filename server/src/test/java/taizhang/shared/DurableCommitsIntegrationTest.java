package taizhang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import taizhang.support.DatabaseTest;

/** The server's transaction manager, the one every @Transactional method uses, makes commits durable. */
@DatabaseTest
@SpringBootTest
class DurableCommitsIntegrationTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyTransactionOfTheServerIsWrittenToTheFileAtItsCommit() {
        assertThat(((AbstractPlatformTransactionManager) transactions).getTransactionExecutionListeners())
                .hasAtLeastOneElementOfType(DurableCommits.class);
    }
}
