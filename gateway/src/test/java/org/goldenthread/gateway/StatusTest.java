package org.goldenthread.gateway;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.goldenthread.devstack.DevstackResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The system's readiness through the one URL clients know: each service asked for its own. */
@QuarkusTest
@WithTestResource(value = DevstackResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(value = GatewayTestResource.class, scope = TestResourceScope.GLOBAL)
class StatusTest {

    @Test
    void aServiceThatIsDownMakesTheSystemNotReadyAndIsNamed() {
        // the test resource runs plans and tracking stubs and leaves monitoring unreachable
        given().when().get("/status")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("services.'plans-service'.status", equalTo("UP"))
                .body("services.'tracking-service'.status", equalTo("UP"))
                .body("services.'monitoring-service'.status", equalTo("DOWN"))
                .body("services.'monitoring-service'.detail", equalTo("unreachable"));
    }
}
