#include "practicetimer.h"
