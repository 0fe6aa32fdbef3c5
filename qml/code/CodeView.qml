// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls
import Coroscope

// The C++ port that runs and the tutorial's Python, side by side.
SplitView {
    id: root
    orientation: Qt.Horizontal
    handle: SplitterHandle {}
    Component.onCompleted: {
        Session.cppCode.dark = Qt.binding(() => Theme.dark)
        Session.pythonCode.dark = Qt.binding(() => Theme.dark)
    }
    CodeListing {
        objectName: "cppListing"
        SplitView.preferredWidth: root.width * 0.55
        model: Session.cppCode
        title: qsTr("C++ port · %1").arg(Session.cppFile || "—")
    }
    CodeListing {
        objectName: "pythonListing"
        SplitView.fillWidth: true
        model: Session.pythonCode
        // An opened trace-python run has no C++ port: its listing is the user's own script.
        title: Session.openedFile !== "" && !Session.runnable ? qsTr("Python (the traced script)") : qsTr("Python (the tutorial)")
    }
}
