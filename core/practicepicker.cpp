#include "practicepicker.h"
