file(WRITE "${OUTPUT}" "# placeholder\n")
