/** Whether two roles can be the same office held by one person. */
export function rolesAgree(a, b, compatible) {
    if (!compatible(a.title, b.title))
        return false;
    return !a.of || !b.of || a.of === b.of;
}
