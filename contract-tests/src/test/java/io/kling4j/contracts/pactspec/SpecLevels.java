package io.kling4j.contracts.pactspec;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport.Level;

/**
 * How strict the pact check is: everything is an ERROR. swagger-request-validator-pact (and Pact's own
 * level resolver) relax response checks because pacts are partial; here a pact response must be a complete,
 * valid answer of the spec, so the response keys are named explicitly as ERROR in case a classpath
 * {@code swagger-validator.properties} tries to relax them.
 */
final class SpecLevels {
    private SpecLevels() {
    }

    static LevelResolver strict() {
        return LevelResolver.create()
                .withDefaultLevel(Level.ERROR)
                // undocumented status code
                .withLevel("validation.response.status.unknown", Level.ERROR)
                // response bodies: missing required field, wrong type, bad enum/format, no body at all
                .withLevel("validation.response.body.schema.required", Level.ERROR)
                .withLevel("validation.response.body.schema.type", Level.ERROR)
                .withLevel("validation.response.body.schema.enum", Level.ERROR)
                .withLevel("validation.response.body.schema.format", Level.ERROR)
                .withLevel("validation.response.body.missing", Level.ERROR)
                .withLevel("validation.response.contentType.notAllowed", Level.ERROR)
                // request bodies and parameters
                .withLevel("validation.request.body.schema.type", Level.ERROR)
                .withLevel("validation.request.body.schema.required", Level.ERROR)
                .withLevel("validation.request.path.missing", Level.ERROR)
                .withLevel("validation.request.operation.notAllowed", Level.ERROR)
                .withLevel("validation.request.security.missing", Level.ERROR)
                .build();
    }
}
