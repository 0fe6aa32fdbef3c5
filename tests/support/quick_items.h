// SPDX-License-Identifier: MIT
#pragma once
// Finding an item of the real window by objectName, for the window suites.

#include <QQuickItem>
#include <QString>

namespace quick_items {

/// Searches the visual tree (view delegates have no QObject parent, so findChild misses them).
inline QQuickItem *find_item(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = find_item(child, name))
            return found;
    return nullptr;
}

} // namespace quick_items
