package vn.foreignaffairs.registry.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the API in its OpenAPI document and says how to sign in. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI registryOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Foreign-affairs registry API")
                        .version("v1")
                        .description("Outbound delegations and agencies of a provincial foreign-affairs registry. "
                                + "Errors are RFC 9457 problem details with a stable `code`; writes accept "
                                + "`If-Match` with the version from the `ETag`."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
