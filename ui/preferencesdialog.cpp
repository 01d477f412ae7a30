#include "preferencesdialog.h"
