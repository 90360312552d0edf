package io.kling4j.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The account's credit balance ({@code GET /api/v1/me/balance}), in US cents. Jackson writes it with RunAPI's
 * field names.
 *
 * @param balanceCents what can be spent now (paid plus bonus)
 * @param paidBalanceCents the paid part, when RunAPI says
 * @param bonusBalanceCents the bonus part, when RunAPI says
 * @param spentCentsToday spent today, when RunAPI says
 * @param spentCentsTotal spent in total, when RunAPI says
 */
public record Balance(@JsonProperty("balance_cents") long balanceCents,
        @JsonProperty("paid_balance_cents") Long paidBalanceCents,
        @JsonProperty("bonus_balance_cents") Long bonusBalanceCents,
        @JsonProperty("spent_cents_today") Long spentCentsToday,
        @JsonProperty("spent_cents_total") Long spentCentsTotal) {
}
