#include "exportdialog.h"
