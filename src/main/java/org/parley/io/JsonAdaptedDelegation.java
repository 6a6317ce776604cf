package org.parley.io;

import org.parley.model.Delegation;
import org.parley.model.DelegationKind;

import java.util.List;

/**
 * A delegation or group. A group lists the codes of its members that sit at the table; members
 * may be declared before or after the group.
 */
record JsonAdaptedDelegation(String code, String name, String kind, List<String> members, String notes) {

    /** First pass: the code, so that groups can name members declared later. */
    long declare(JsonPath path, DocumentKeys keys) throws InvalidJsonException {
        return keys.declareDelegation(Fields.key(code, path.field("code")), path.field("code"));
    }

    Delegation toModel(JsonPath path, long id, DocumentKeys keys) throws InvalidJsonException {
        String delegationName = Fields.requiredText(name, path.field("name"));
        DelegationKind k = Fields.enumValue(DelegationKind.class, kind, path.field("kind"));
        List<Long> memberIds = Fields.convertAll(members, path.field("members"), keys::delegation);
        return Fields.build(path, () -> new Delegation(id, code.strip(), delegationName, k, memberIds, notes));
    }
}
