#include "practicedialog.h"
